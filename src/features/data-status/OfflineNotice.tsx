import { useTranslation } from "../../i18n/use-translation";
import { useOnline } from "../../components/use-online";

/**
 * Shown on every page while the browser is offline. Loaded data stays on screen; requests that failed are
 * made again by TanStack Query when the browser says it is back online (refetchOnReconnect).
 */
export function OfflineNotice() {
  const online = useOnline();
  const { t } = useTranslation();
  if (online) return null;
  return (
    <p className="notice notice--warning offline-notice" role="status">
      {t("offline.notice")}
    </p>
  );
}
