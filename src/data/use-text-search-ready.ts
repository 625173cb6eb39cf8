import { useEffect, useState } from "react";
import type { ActivityRecord } from "../domain/activity-record";
import { textSearchOf } from "../domain/text-search";

/**
 * Whether the full-text index of `activities` is built: a large dataset's index is built in slices once
 * someone searches, and the views count again when it is done (until then the plain match answers).
 */
export function useTextSearchReady(activities: readonly ActivityRecord[], query: string): boolean {
  const search = textSearchOf(activities);
  const [, setBuilt] = useState<readonly ActivityRecord[]>();
  const wanted = query.trim() !== "";
  useEffect(() => {
    if (!wanted || search.ready) return;
    let live = true;
    void search.prepare().then(() => {
      if (live) setBuilt(activities);
    });
    return () => {
      live = false;
    };
  }, [search, wanted, activities]);
  return search.ready;
}
