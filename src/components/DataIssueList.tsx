import { useTranslation } from "../i18n/use-translation";
import type { DataIssue } from "../data/validation/data-issue";

const MAX_SHOWN = 20;

/**
 * Issues as text nodes only: file contents are never interpreted as markup. The messages themselves are
 * technical English (file, record, field and the validator's words), marked as such for screen readers.
 */
export function DataIssueList({ issues }: { issues: readonly DataIssue[] }) {
  const { t } = useTranslation();
  const shown = issues.slice(0, MAX_SHOWN);
  return (
    <>
      <ul className="issue-list">
        {shown.map((issue, index) => (
          <li key={index}>
            <code>{issue.file}</code>
            {issue.recordId ? (
              <>
                {` › ${t("dataIssues.record")} `}
                <code>{issue.recordId}</code>
              </>
            ) : null}
            {issue.path ? (
              <>
                {` › ${t("dataIssues.field")} `}
                <code>{issue.path}</code>
              </>
            ) : null}
            {": "}
            <span lang="en">{issue.message}</span>
          </li>
        ))}
      </ul>
      {issues.length > shown.length ? (
        <p className="muted">{t("dataIssues.more", { count: issues.length - shown.length })}</p>
      ) : null}
    </>
  );
}
