import { useTranslation } from "../i18n/use-translation";
import { LoadingState } from "./LoadingState";

/** What a page or an embedded view shows while its code or data is on the way. */
export function PageLoading() {
  const { t } = useTranslation();
  return <LoadingState label={t("app.loading")} />;
}
