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
  const shown = issues.slice(0, MAX_SHOWN_ISSUES);
  return (
    <div className="table-scroll import-issues">
      <table className="data-table">
        <caption>
          {total === 1 ? "1 problem" : `${total.toLocaleString("en")} problems`}
          {total > shown.length ? ` (the first ${shown.length} are shown)` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">{byLine ? "Line" : "Record"}</th>
            <th scope="col">{byLine ? "Column" : "Field"}</th>
            <th scope="col">Problem</th>
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
                {issue.line === undefined && !issue.recordId ? <span className="muted">file</span> : null}
              </td>
              <td>{issue.path ? <code>{issue.path}</code> : <span className="muted">–</span>}</td>
              <td dir="auto">{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
