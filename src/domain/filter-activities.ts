import type { ActivityRecord } from "./activity-record";
import type { FilterState } from "./filter-state";
import { loadedTextSearchOf } from "./text-search-loader";

export { normalizeSearchText } from "./search-text";

/**
 * AND across dimensions, OR within one: sdg=5~9 keeps activities linked to SDG 5 or SDG 9.
 * Choosing line C7 also keeps its sub-lines (C7.e-health ...), as readers of the plan of action expect.
 * Free text is matched by the same text search as the facet index's (see text-search.ts).
 */
export function filterActivities(
  activities: readonly ActivityRecord[],
  filters: FilterState,
): ActivityRecord[] {
  const years = new Set(filters.years);
  const sectors = new Set(filters.sectors);
  const sdgs = new Set(filters.sdgs);
  const text = filters.q.trim() === "" ? undefined : loadedTextSearchOf(activities).search(filters.q);
  const matchesLine = (code: string) =>
    filters.lines.some((line) => code === line || code.startsWith(`${line}.`));

  return activities.filter(
    (activity, position) =>
      (years.size === 0 || years.has(activity.year)) &&
      (sectors.size === 0 || (activity.sector !== undefined && sectors.has(activity.sector.code))) &&
      (filters.lines.length === 0 || activity.actionLines.some((link) => matchesLine(link.code))) &&
      (sdgs.size === 0 || activity.sdgs.some((link) => sdgs.has(link.sdg))) &&
      (text === undefined || text.has(position)),
  );
}
