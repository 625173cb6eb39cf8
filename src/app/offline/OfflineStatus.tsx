import { useSyncExternalStore } from "react";
import { useTranslation } from "../../i18n/use-translation";
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
  const { t } = useTranslation();
  const visible = offlineReady || updateWaiting;
  // The live region stays in the page so that screen readers announce what appears in it. Not
  // role="status": pages have their own status (the activity count), and this is the shell's.
  return (
    <div aria-live="polite" data-testid="sw-status" className={visible ? "sw-status" : "visually-hidden"}>
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
