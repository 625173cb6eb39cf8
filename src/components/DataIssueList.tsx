import type { DataIssue } from "../data/validation/data-issue";

const MAX_SHOWN = 20;

/** Issues as text nodes only: file contents are never interpreted as markup. */
export function DataIssueList({ issues }: { issues: readonly DataIssue[] }) {
  const shown = issues.slice(0, MAX_SHOWN);
  return (
    <>
      <ul className="issue-list">
        {shown.map((issue, index) => (
          <li key={index}>
            <code>{issue.file}</code>
            {issue.recordId ? (
              <>
                {" › record "}
                <code>{issue.recordId}</code>
              </>
            ) : null}
            {issue.path ? (
              <>
                {" › field "}
                <code>{issue.path}</code>
              </>
            ) : null}
            {": "}
            {issue.message}
          </li>
        ))}
      </ul>
      {issues.length > shown.length ? (
        <p className="muted">and {issues.length - shown.length} more problems in the same file(s).</p>
      ) : null}
    </>
  );
}
