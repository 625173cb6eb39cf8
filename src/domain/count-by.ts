import { NO_SECTOR_CODE, tallyFacets } from "./activity-facets";
import type { ActivityRecord } from "./activity-record";

/** Key used for activities whose source names no ITU unit. */
export const NO_SECTOR = NO_SECTOR_CODE;

/** Counts each activity once under every key it yields; multi-valued keys make the counts overlap. */
export function countBy<K>(
  activities: readonly ActivityRecord[],
  keysOf: (activity: ActivityRecord) => Iterable<K>,
): Map<K, number> {
  const counts = new Map<K, number>();
  for (const activity of activities) {
    for (const key of new Set(keysOf(activity))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export const sectorOf = (activity: ActivityRecord): string => activity.sector?.code ?? NO_SECTOR;

export const countBySector = (activities: readonly ActivityRecord[]) =>
  tallyFacets(activities, (facets) => [facets.sector]);

export const countBySdg = (activities: readonly ActivityRecord[]) =>
  tallyFacets(activities, (facets) => facets.sdgs);
