import { useTranslation } from "../../i18n/use-translation";
import { UrlIssueText } from "../../components/UrlIssueText";
import { capNotices } from "../../url-state/cap-notices";
import type { UnknownFilterValue } from "../../domain/reconcile-filters";
import { urlIssue, type UrlIssue } from "../../url-state/url-issue";

const NONE: readonly UnknownFilterValue[] = [];

/** The list of what a link asked for and did not get (UrlNotices shows it when there is any). */
export function UrlNoticeList({
  issues,
  unknown = NONE,
}: {
  issues: readonly UrlIssue[];
  /** Well-formed values the loaded data lacks. */
  unknown?: readonly UnknownFilterValue[];
}) {
  const { t } = useTranslation();
  const { shown, more } = capNotices([
    ...issues,
    ...unknown.map((item) => urlIssue("notInData", item.param, item.value)),
  ]);
  return (
    <aside className="notice notice--warning" aria-label={t("filters.ignoredLabel")}>
      <strong>{t("filters.ignoredTitle")}</strong>
      <ul>
        {shown.map((issue, index) => (
          <li key={index}>
            <UrlIssueText issue={issue} />
          </li>
        ))}
        {more > 0 ? <li>{t("filters.moreIgnored", { count: more })}</li> : null}
      </ul>
    </aside>
  );
}
