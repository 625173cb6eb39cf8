import { useEffect, useState, useSyncExternalStore } from "react";
import { useTranslation } from "../../i18n/use-translation";
import {
  dismissServiceWorkerStatus,
  readServiceWorkerStatus,
  reloadWithUpdate,
  subscribeServiceWorkerStatus,
} from "./service-worker-status";

/** How long "Ready to work offline" stays: read, then out of the way (paused while pointed at or focused). */
export const OFFLINE_READY_MS = 6000;

/** Says once that the dashboard now works offline, and offers (never forces) a newer build. */
export function OfflineStatus() {
  const { offlineReady, updateWaiting } = useSyncExternalStore(
    subscribeServiceWorkerStatus,
    readServiceWorkerStatus,
    readServiceWorkerStatus,
  );
  const { t } = useTranslation();
  const visible = offlineReady || updateWaiting;
  // A newer build waits for the reader's choice; the offline news only needs reading once.
  const [held, setHeld] = useState(false);
  const fades = offlineReady && !updateWaiting && !held;
  useEffect(() => {
    if (!fades) return;
    const timer = window.setTimeout(dismissServiceWorkerStatus, OFFLINE_READY_MS);
    return () => window.clearTimeout(timer);
  }, [fades]);
  // The live region stays in the page so that screen readers announce what appears in it. Not
  // role="status": pages have their own status (the activity count), and this is the shell's.
  return (
    <div
      aria-live="polite"
      data-testid="sw-status"
      className={visible ? "sw-status" : "visually-hidden"}
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      {visible && (
        <>
          <p>{updateWaiting ? t("offline.update") : t("offline.ready")}</p>
          {updateWaiting && (
            <button type="button" className="button" onClick={() => void reloadWithUpdate()}>
              {t("offline.reload")}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={dismissServiceWorkerStatus}>
            {t("offline.dismiss")}
          </button>
        </>
      )}
    </div>
  );
}
