import { useTranslation } from "../../i18n/use-translation";
import { translateUrlReason } from "../../components/url-notice-text";
import type { UnknownFilterValue } from "../../domain/reconcile-filters";
import { clip, INPUT_LIMITS } from "../../schema/input-limits";
import { capNotices } from "../../url-state/cap-notices";
import type { DroppedParam } from "../../url-state/filter-params";

const echo = (value: string) => clip(value, INPUT_LIMITS.echoedValueLength);

/** The list of what a link asked for and did not get (UrlNotices shows it when there is any). */
export function UrlNoticeList({
  dropped,
  unknown,
}: {
  dropped: readonly DroppedParam[];
  unknown: readonly UnknownFilterValue[];
}) {
  const { t } = useTranslation();
  const items: Array<{ param: string; value: string; reason: string; count?: number }> = [
    ...dropped.map((item) => ({ ...item, reason: translateUrlReason(item.reason, t).text })),
    ...unknown.map((item) => ({ ...item, reason: t("filters.notInData") })),
  ];
  const { shown, more } = capNotices(items);
  return (
    <aside className="notice notice--warning" aria-label={t("filters.ignoredLabel")}>
      <strong>{t("filters.ignoredTitle")}</strong>
      <ul>
        {shown.map((item, index) => (
          <li key={index}>
            <code dir="ltr" className="url-notice__value">
              {item.param}={echo(item.value)}
            </code>{" "}
            ({item.reason})
          </li>
        ))}
        {more > 0 ? <li>{t("filters.moreIgnored", { count: more })}</li> : null}
      </ul>
    </aside>
  );
}
