import type { ChangeRow } from "../../domain/compare";

export type ChangeSortKey = "category" | "a" | "b" | "change" | "percent";

export interface ChangeSort {
  key: ChangeSortKey;
  direction: "ascending" | "descending";
}

/** The table's first view: categories in their natural order (sectors, C1-C11, SDG 1-17). */
export const NATURAL_ORDER: ChangeSort = { key: "category", direction: "ascending" };

/** "new" (A was 0) ranks above any percentage; no percentage at all (0 in both years) has no rank. */
function sortValue(row: ChangeRow<unknown>, key: Exclude<ChangeSortKey, "category">): number | null {
  if (key !== "percent") return row[key];
  if (row.percentChange === "new") return Number.POSITIVE_INFINITY;
  return row.percentChange;
}

/**
 * Stable: ties keep the natural order. Rows without a percentage go last in either direction, so that
 * sorting by "% change" always starts with something to read.
 */
export function sortChangeRows<R extends ChangeRow<unknown>>(rows: readonly R[], sort: ChangeSort): R[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  if (sort.key === "category") return sort.direction === "ascending" ? [...rows] : [...rows].reverse();
  const key = sort.key;
  return [...rows].sort((x, y) => {
    const vx = sortValue(x, key);
    const vy = sortValue(y, key);
    if (vx === null || vy === null) return vx === vy ? 0 : vx === null ? 1 : -1;
    return vx === vy ? 0 : vx < vy ? -sign : sign;
  });
}

/** A click on the sorted column flips it; a new column starts with the largest values (or A-Z). */
export function nextSort(current: ChangeSort, key: ChangeSortKey): ChangeSort {
  if (current.key === key)
    return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { key, direction: key === "category" ? "ascending" : "descending" };
}
