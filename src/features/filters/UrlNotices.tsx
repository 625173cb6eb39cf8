import { useTranslation } from "../../i18n/use-translation";
import { translateUrlReason } from "../../components/url-notice-text";
import type { UnknownFilterValue } from "../../domain/reconcile-filters";
import type { DroppedParam } from "../../url-state/filter-params";

/** Says which parts of a link were ignored, so that nobody mistakes a partial view for the one they were sent. */
export function UrlNotices({
  dropped,
  unknown,
}: {
  dropped: readonly DroppedParam[];
  unknown: readonly UnknownFilterValue[];
}) {
  const { t } = useTranslation();
  if (dropped.length === 0 && unknown.length === 0) return null;
  return (
    <aside className="notice notice--warning" aria-label={t("filters.ignoredLabel")}>
      <strong>{t("filters.ignoredTitle")}</strong>
      <ul>
        {dropped.map((item, index) => (
          <li key={`d${index}`}>
            <code>
              {item.param}={item.value}
            </code>{" "}
            ({translateUrlReason(item.reason, t).text})
          </li>
        ))}
        {unknown.map((item, index) => (
          <li key={`u${index}`}>
            <code>
              {item.param}={item.value}
            </code>{" "}
            ({t("filters.notInData")})
          </li>
        ))}
      </ul>
    </aside>
  );
}
