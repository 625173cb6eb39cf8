import type { CountRow } from "./chart-rows";

/** A sentence for screen readers: the largest categories first, and how many are empty. */
export function describeRanking(rows: readonly CountRow[]): string {
  const ranked = [...rows].filter((row) => row.count > 0).sort((a, b) => b.count - a.count);
  if (ranked.length === 0) return "No activities match the current filters.";
  const top = ranked.slice(0, 3).map((row) => `${row.label} (${row.count})`);
  const empty = rows.length - ranked.length;
  return `Largest: ${top.join(", ")}.${empty > 0 ? ` ${empty} of ${rows.length} have no activities.` : ""}`;
}
