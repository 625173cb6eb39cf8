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
  if (dropped.length === 0 && unknown.length === 0) return null;
  return (
    <aside className="notice notice--warning" aria-label="Link values ignored">
      <strong>Some values in the link were ignored:</strong>
      <ul>
        {dropped.map((item, index) => (
          <li key={`d${index}`}>
            <code>
              {item.param}={item.value}
            </code>{" "}
            ({item.reason})
          </li>
        ))}
        {unknown.map((item, index) => (
          <li key={`u${index}`}>
            <code>
              {item.param}={item.value}
            </code>{" "}
            (not in the loaded data)
          </li>
        ))}
      </ul>
    </aside>
  );
}
