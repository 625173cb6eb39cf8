import type { ActivityRecord } from "../../domain/activity-record";
import type { ActivityDiff } from "../../domain/compare";

export interface DiffSummary {
  /** Activities of B whose initiative A does not have, and how many initiatives they are. */
  added: { activities: number; initiatives: number };
  /** Activities of initiatives found in both years, counted in each year. */
  continued: { a: number; b: number; initiatives: number };
  /** Activities of A whose initiative B does not have. */
  removed: { activities: number; initiatives: number };
}

const initiatives = (activities: readonly ActivityRecord[]) =>
  new Set(activities.map((activity) => activity.key)).size;

/**
 * The comparison's headline in one unit, activities, so that the boxes add up: new + continued (in B)
 * is B's total, continued (in A) + no longer reported is A's. Only the activities `shown` (the filters)
 * count; whether one is new or continued was decided on both whole years.
 */
export function summarizeDiff(diff: ActivityDiff, shown: (activity: ActivityRecord) => boolean): DiffSummary {
  const added = diff.added.filter(shown);
  const removed = diff.removed.filter(shown);
  const continued = diff.continued
    .map((pair) => ({ a: pair.a.filter(shown).length, b: pair.b.filter(shown).length }))
    .filter((pair) => pair.a + pair.b > 0);
  return {
    added: { activities: added.length, initiatives: initiatives(added) },
    continued: {
      a: continued.reduce((sum, pair) => sum + pair.a, 0),
      b: continued.reduce((sum, pair) => sum + pair.b, 0),
      initiatives: continued.length,
    },
    removed: { activities: removed.length, initiatives: initiatives(removed) },
  };
}
