import { useTranslation } from "../../i18n/use-translation";
import { translateUrlReason } from "../../components/url-notice-text";
import type { UnknownFilterValue } from "../../domain/reconcile-filters";
import type { DroppedParam } from "../../url-state/filter-params";

/** The list of what a link asked for and did not get (UrlNotices shows it when there is any). */
export function UrlNoticeList({
  dropped,
  unknown,
}: {
  dropped: readonly DroppedParam[];
  unknown: readonly UnknownFilterValue[];
}) {
  const { t } = useTranslation();
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
