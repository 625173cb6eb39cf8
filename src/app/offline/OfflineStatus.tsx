import { useSyncExternalStore } from "react";
import {
  dismissServiceWorkerStatus,
  readServiceWorkerStatus,
  reloadWithUpdate,
  subscribeServiceWorkerStatus,
} from "./service-worker-status";

/** Says once that the dashboard now works offline, and offers (never forces) a newer build. */
export function OfflineStatus() {
  const { offlineReady, updateWaiting } = useSyncExternalStore(
    subscribeServiceWorkerStatus,
    readServiceWorkerStatus,
    readServiceWorkerStatus,
  );
  const visible = offlineReady || updateWaiting;
  // The live region stays in the page so that screen readers announce what appears in it. Not
  // role="status": pages have their own status (the activity count), and this is the shell's.
  return (
    <div aria-live="polite" data-testid="sw-status" className={visible ? "sw-status" : "visually-hidden"}>
      {visible && (
        <>
          <p>
            {updateWaiting
              ? "A newer version of the dashboard or its data is available."
              : "Ready to work offline: the dashboard and its data are saved in this browser."}
          </p>
          {updateWaiting && (
            <button type="button" className="button" onClick={() => void reloadWithUpdate()}>
              Reload now
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={dismissServiceWorkerStatus}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
