/** What every view shows: the one filter state, read from and written to the URL. */
export interface FilterState {
  years: number[];
  sectors: string[];
  lines: string[];
  sdgs: number[];
  /** Free text, matched against title and summary. */
  q: string;
}

export const EMPTY_FILTERS: FilterState = { years: [], sectors: [], lines: [], sdgs: [], q: "" };

export type ListFilterKey = "years" | "sectors" | "lines" | "sdgs";

export function sortFilterValues<T extends string | number>(values: readonly T[]): T[] {
  return [...values].sort((a, b) =>
    typeof a === "number" && typeof b === "number"
      ? a - b
      : String(a).localeCompare(String(b), "en", { numeric: true }),
  );
}

/** Adds the value if absent, removes it if present: what a click on a bar or a chip does. */
export function toggleFilterValue<K extends ListFilterKey>(
  filters: FilterState,
  key: K,
  value: FilterState[K][number],
): FilterState {
  const current = filters[key] as ReadonlyArray<string | number>;
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return { ...filters, [key]: sortFilterValues(next) };
}
