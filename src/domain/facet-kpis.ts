import { NO_SECTOR_CODE } from "./activity-facets";
import { matchFilters, type FacetIndex } from "./facet-index";
import { summarizeMatches, type FacetSummary } from "./facet-summary";
import type { FilterState } from "./filter-state";
import { latestYearPair, type KpiComparison, type KpiValues } from "./kpis";

/** The KPI tiles' distinct counts, as computeKpis defines them (activities naming no unit add no sector). */
export function kpisOfSummary(summary: FacetSummary): KpiValues {
  return {
    activities: summary.total,
    sectors: [...summary.bySector.keys()].filter((code) => code !== NO_SECTOR_CODE).length,
    actionLines: summary.byMainLine.size,
    sdgs: summary.bySdg.size,
  };
}

/** compareLatestYear, read from the index: every filter applies except the years, which the pair replaces. */
export function compareLatestYearInIndex(
  index: FacetIndex,
  filters: FilterState,
  reportYears: readonly number[],
): KpiComparison | undefined {
  const pair = latestYearPair(reportYears, filters.years);
  if (pair === undefined) return undefined;
  const kpisOf = (year: number) =>
    kpisOfSummary(summarizeMatches(index, matchFilters(index, { ...filters, years: [year] })));
  return { ...pair, current: kpisOf(pair.year), previous: kpisOf(pair.previousYear) };
}
