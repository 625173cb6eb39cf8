import type { ActivityRecord } from "./activity-record";
import { forEachSetBit, type Bitset } from "./bitset";
import type { FacetIndex } from "./facet-index";
import type { TextScores } from "./search-text";

/** The matching activities, best match to the free text first; ties keep their loaded order. */
export function selectByRelevance(index: FacetIndex, matches: Bitset, scores: TextScores): ActivityRecord[] {
  const positions: number[] = [];
  forEachSetBit(matches, (position) => positions.push(position));
  positions.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a - b);
  return positions.flatMap((position) => {
    const activity = index.activities[position];
    return activity ? [activity] : [];
  });
}
