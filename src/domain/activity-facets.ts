import { mainLineOf } from "./action-line-codes";
import type { ActivityRecord } from "./activity-record";

/** What the overview counts an activity under, each list without repeats. */
export interface ActivityFacets {
  /** The sector code, or NO_SECTOR_CODE. */
  sector: string;
  /** Main action lines (sub-lines rolled up), e.g. C7 for C7.e-health. */
  mainLines: readonly string[];
  sdgs: readonly number[];
}

export const NO_SECTOR_CODE = "none";

// Records are immutable and counted again at every filter change: derive their facets once. With 100k
// activities, building the lists (and the Sets that removed repeats) at each count was most of a filter update.
const facetsCache = new WeakMap<ActivityRecord, ActivityFacets>();

export function facetsOf(activity: ActivityRecord): ActivityFacets {
  let facets = facetsCache.get(activity);
  if (facets === undefined) {
    facets = {
      sector: activity.sector?.code ?? NO_SECTOR_CODE,
      mainLines: [...new Set(activity.actionLines.map((link) => mainLineOf(link.code)))],
      sdgs: [...new Set(activity.sdgs.map((link) => link.sdg))],
    };
    facetsCache.set(activity, facets);
  }
  return facets;
}

/** Counts each activity once under each of its keys; `keysOf` must not repeat a key. */
export function tallyFacets<K>(
  activities: readonly ActivityRecord[],
  keysOf: (facets: ActivityFacets, activity: ActivityRecord) => readonly K[],
): Map<K, number> {
  const counts = new Map<K, number>();
  for (const activity of activities) {
    for (const key of keysOf(facetsOf(activity), activity)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Counts each activity once under each pair of its keys, as "first|second" keys. */
export function tallyFacetPairs<A, B>(
  activities: readonly ActivityRecord[],
  firstsOf: (facets: ActivityFacets, activity: ActivityRecord) => readonly A[],
  secondsOf: (facets: ActivityFacets, activity: ActivityRecord) => readonly B[],
): Map<string, number> {
  // Nested maps, so that no key string is built per activity.
  const nested = new Map<A, Map<B, number>>();
  for (const activity of activities) {
    const facets = facetsOf(activity);
    const seconds = secondsOf(facets, activity);
    if (seconds.length === 0) continue;
    for (const first of firstsOf(facets, activity)) {
      let inner = nested.get(first);
      if (inner === undefined) nested.set(first, (inner = new Map()));
      for (const second of seconds) inner.set(second, (inner.get(second) ?? 0) + 1);
    }
  }
  const counts = new Map<string, number>();
  for (const [first, inner] of nested)
    for (const [second, count] of inner) counts.set(`${String(first)}|${String(second)}`, count);
  return counts;
}
