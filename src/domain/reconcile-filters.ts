import type { FilterState } from "./filter-state";

export interface FilterVocabulary {
  years: readonly number[];
  sectors: readonly string[];
  lines: readonly string[];
}

export interface UnknownFilterValue {
  param: "year" | "sector" | "line";
  value: string;
}

/** Values that are well-formed but absent from the loaded data (sector=ITU-X, year=1999) are dropped and named. */
export function reconcileFilters(
  filters: FilterState,
  vocabulary: FilterVocabulary,
): { filters: FilterState; unknown: UnknownFilterValue[] } {
  const unknown: UnknownFilterValue[] = [];
  const keep = <T extends string | number>(
    values: readonly T[],
    known: readonly T[],
    param: UnknownFilterValue["param"],
  ) =>
    values.filter((value) => known.includes(value) || (unknown.push({ param, value: String(value) }), false));
  return {
    filters: {
      ...filters,
      years: keep(filters.years, vocabulary.years, "year"),
      sectors: keep(filters.sectors, vocabulary.sectors, "sector"),
      lines: keep(filters.lines, vocabulary.lines, "line"),
    },
    unknown,
  };
}
