import { tallyFacetPairs, tallyFacets } from "./activity-facets";
import type { ActivityRecord } from "./activity-record";

/** activities x main action line (sub-lines rolled up), counted once per activity and line. */
export const countByMainLine = (activities: readonly ActivityRecord[]) =>
  tallyFacets(activities, (facets) => facets.mainLines);

/** Key "C2|ITU-D" → count: the action-line chart stacked by sector. */
export const countByMainLineAndSector = (activities: readonly ActivityRecord[]) =>
  tallyFacetPairs(
    activities,
    (facets) => facets.mainLines,
    (facets) => [facets.sector],
  );

/** Key "C2|9" → count: the action line x SDG matrix. */
export const countByMainLineAndSdg = (activities: readonly ActivityRecord[]) =>
  tallyFacetPairs(
    activities,
    (facets) => facets.mainLines,
    (facets) => facets.sdgs,
  );

/** Key "2023|ITU-D" → count: the trend per report year. */
export const countByYearAndSector = (activities: readonly ActivityRecord[]) =>
  tallyFacetPairs(
    activities,
    (_facets, activity) => [activity.year],
    (facets) => [facets.sector],
  );

/** Key "2023|C2" → count: the trend per report year by action line. */
export const countByYearAndMainLine = (activities: readonly ActivityRecord[]) =>
  tallyFacetPairs(
    activities,
    (_facets, activity) => [activity.year],
    (facets) => facets.mainLines,
  );

/** Key "2023|9" → count: the trend per report year by SDG. */
export const countByYearAndSdg = (activities: readonly ActivityRecord[]) =>
  tallyFacetPairs(
    activities,
    (_facets, activity) => [activity.year],
    (facets) => facets.sdgs,
  );

/** Every year from the first to the last report, so that years without data show as gaps, not as absent. */
export function yearSpan(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
