import { useEffect, useState } from "react";
import type { ActivityRecord } from "../domain/activity-record";
import { searchTermsOf } from "../domain/search-text";
import { isTextSearchLoaded, loadedTextSearchOf, loadTextSearch } from "../domain/text-search-loader";

/**
 * Whether the text search is there for `query`: true without a query; with one, once the search has
 * loaded. Views wait behind this (DatasetGate, the embed page) instead of counting without the query.
 */
export function useTextSearchLoaded(query: string): boolean {
  const wanted = searchTermsOf(query).length > 0;
  const [, setLoaded] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  if (failure !== undefined) throw failure;
  useEffect(() => {
    if (!wanted || isTextSearchLoaded()) return;
    let live = true;
    loadTextSearch().then(
      () => live && setLoaded(true),
      (error: unknown) => live && setFailure(error),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return !wanted || isTextSearchLoaded();
}

/**
 * Whether the full-text index of `activities` is built: a large dataset's index is built in slices once
 * someone searches, and the views count again when it is done (until then the plain match answers).
 */
export function useTextSearchReady(activities: readonly ActivityRecord[], query: string): boolean {
  const wanted = searchTermsOf(query).length > 0;
  const loaded = useTextSearchLoaded(query);
  const search = wanted && loaded ? loadedTextSearchOf(activities) : undefined;
  const [, setBuilt] = useState<readonly ActivityRecord[]>();
  useEffect(() => {
    if (!search || search.ready) return;
    let live = true;
    void search.prepare().then(() => {
      if (live) setBuilt(activities);
    });
    return () => {
      live = false;
    };
  }, [search, activities]);
  return search?.ready ?? false;
}
