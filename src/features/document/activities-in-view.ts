import { flattenReports } from "../../domain/activity-record";
import { buildFacetIndex, matchFilters, selectActivities } from "../../domain/facet-index";
import type { FilterState } from "../../domain/filter-state";
import { reconcileFilters } from "../../domain/reconcile-filters";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";

/**
 * The activities a view of these URL filters shows, computed once at the click (as use-filtered-activities
 * computes them for the screen): values the data does not have are dropped in the same way.
 */
export function activitiesInView(reference: Reference, reports: readonly Report[], urlFilters: FilterState) {
  const { filters } = reconcileFilters(urlFilters, {
    years: [...new Set(reports.map((report) => report.meta.year))],
    sectors: reference.sectors.map((sector) => sector.code),
    lines: reference.actionLines.map((line) => line.code),
  });
  const index = buildFacetIndex(flattenReports(reports));
  return { filters, activities: selectActivities(index, matchFilters(index, filters)) };
}
