import { useMemo } from "react";
import { flattenReports } from "../domain/activity-record";
import { buildFacetIndex, matchFilters, selectActivities, textScores } from "../domain/facet-index";
import type { FilterState } from "../domain/filter-state";
import { reconcileFilters } from "../domain/reconcile-filters";
import { selectByRelevance } from "../domain/relevance-order";
import { useTextSearchReady } from "./use-text-search-ready";
import type { Reference } from "../schema/reference";
import type { Report } from "../schema/report";

/**
 * What every data view derives from the loaded reports and the URL's filters: all activities, the report
 * years, the filters that apply to this data (and the values that do not), and the matching activities
 * as a bitset over the dataset's facet index (what the charts count from).
 */
export function useFilterMatches(reference: Reference, reports: readonly Report[], urlFilters: FilterState) {
  const all = useMemo(() => flattenReports(reports), [reports]);
  const reportYears = useMemo(
    () => [...new Set(reports.map((report) => report.meta.year))].sort((a, b) => a - b),
    [reports],
  );
  const { filters, unknown } = useMemo(
    () =>
      reconcileFilters(urlFilters, {
        years: reportYears,
        sectors: reference.sectors.map((sector) => sector.code),
        lines: reference.actionLines.map((line) => line.code),
      }),
    [urlFilters, reportYears, reference],
  );
  const index = useMemo(() => buildFacetIndex(all), [all]);
  const searchReady = useTextSearchReady(all, filters.q);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a built search index matches anew
  const matches = useMemo(() => matchFilters(index, filters), [index, filters, searchReady]);
  return { all, index, matches, reportYears, filters, unknown };
}

/**
 * useFilterMatches plus the matching activities as records, for the views that list them: in loaded
 * order, or best match to the free text first (when there is one).
 */
export function useFilteredActivities(
  reference: Reference,
  reports: readonly Report[],
  urlFilters: FilterState,
  order: "loaded" | "relevance" = "loaded",
) {
  const matched = useFilterMatches(reference, reports, urlFilters);
  const { index, matches, filters } = matched;
  const byRelevance = order === "relevance" && filters.q.trim() !== "";
  const filtered = useMemo(
    () =>
      byRelevance
        ? selectByRelevance(index, matches, textScores(index, filters.q))
        : selectActivities(index, matches),
    [index, matches, byRelevance, filters.q],
  );
  return { ...matched, filtered, byRelevance };
}
