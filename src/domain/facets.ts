import { mainLineOf } from "./action-line-codes";
import type { ActivityRecord } from "./activity-record";
import { countBy } from "./count-by";
import { filterActivities } from "./filter-activities";
import type { FilterState } from "./filter-state";

export interface FacetCounts {
  years: Map<number, number>;
  sectors: Map<string, number>;
  /** Counted per exact code and per main line, so "C7" counts every C7 sub-line activity once. */
  lines: Map<string, number>;
  sdgs: Map<number, number>;
}

/**
 * Live counts for each filter option: what the result would hold if that option were added, i.e. counted
 * over the activities matching every *other* dimension (the usual faceted-search convention).
 */
export function computeFacetCounts(activities: readonly ActivityRecord[], filters: FilterState): FacetCounts {
  const without = (key: keyof FilterState) =>
    filterActivities(activities, { ...filters, [key]: key === "q" ? "" : [] });
  return {
    years: countBy(without("years"), (activity) => [activity.year]),
    sectors: countBy(without("sectors"), (activity) => (activity.sector ? [activity.sector.code] : [])),
    lines: countBy(without("lines"), (activity) =>
      activity.actionLines.flatMap((link) => [link.code, mainLineOf(link.code)]),
    ),
    sdgs: countBy(without("sdgs"), (activity) => activity.sdgs.map((link) => link.sdg)),
  };
}
