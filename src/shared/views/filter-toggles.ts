import { toggleFilterValue, type FilterState } from "../../domain/filter-state";

/** What a click on each kind of chart does to the filters. */
export function createFilterToggles(filters: FilterState, setFilters: (next: FilterState) => void) {
  return {
    sector: (value: string) => setFilters(toggleFilterValue(filters, "sectors", value)),
    line: (value: string) => setFilters(toggleFilterValue(filters, "lines", value)),
    sdg: (value: string) => setFilters(toggleFilterValue(filters, "sdgs", Number(value))),
    year: (value: string) => setFilters(toggleFilterValue(filters, "years", Number(value))),
    /** A matrix cell "C2|9" adds both values, or removes both when both are already set. */
    cell: (cell: string) => {
      const [line = "", sdgText = ""] = cell.split("|");
      const sdg = Number(sdgText);
      const both = filters.lines.includes(line) && filters.sdgs.includes(sdg);
      const lines = both
        ? filters.lines.filter((code) => code !== line)
        : [...new Set([...filters.lines, line])];
      const sdgs = both
        ? filters.sdgs.filter((number) => number !== sdg)
        : [...new Set([...filters.sdgs, sdg])];
      setFilters({ ...filters, lines: lines.sort(), sdgs: sdgs.sort((a, b) => a - b) });
    },
  };
}

export type FilterToggles = ReturnType<typeof createFilterToggles>;
