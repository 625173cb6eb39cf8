import { useTranslation } from "../../i18n/use-translation";
import type { ImportIssue } from "../../data/import/import-result";

export const MAX_SHOWN_ISSUES = 100;

/** Each problem with where it is (line or record, column or field) and why; text only, never markup. */
export function IssueTable({
  issues,
  total,
  byLine,
}: {
  issues: readonly ImportIssue[];
  total: number;
  byLine: boolean;
}) {
  const { t } = useTranslation();
  const shown = issues.slice(0, MAX_SHOWN_ISSUES);
  return (
    <div className="table-scroll import-issues">
      <table className="data-table">
        <caption>
          {t("importData.problems", { count: total })}
          {total > shown.length ? t("importData.firstShown", { count: shown.length }) : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">{byLine ? t("importData.line") : t("importData.record")}</th>
            <th scope="col">{byLine ? t("importData.column") : t("importData.field")}</th>
            <th scope="col">{t("importData.problem")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((issue, index) => (
            <tr key={index}>
              <td className="import-issues__where">
                {issue.line === undefined ? null : <span className="import-issues__line">{issue.line}</span>}
                {issue.recordId ? (
                  <code dir="auto" className="import-issues__record">
                    {issue.recordId}
                  </code>
                ) : null}
                {issue.line === undefined && !issue.recordId ? (
                  <span className="muted">{t("importData.file")}</span>
                ) : null}
              </td>
              <td>{issue.path ? <code>{issue.path}</code> : <span className="muted">–</span>}</td>
              <td dir="auto" lang="en">
                {issue.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
