import type { ActivityRecord } from "./activity-record";
import type { TextSearch } from "./text-search";

let textSearchOf: ((activities: readonly ActivityRecord[]) => TextSearch) | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the full-text search (MiniSearch and the index built over it) once: only a page with a query
 * needs it, so the others never download it. A failed load can be tried again.
 */
export function loadTextSearch(): Promise<void> {
  loading ??= import("./text-search").then(
    (module) => {
      textSearchOf = module.textSearchOf;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export function isTextSearchLoaded(): boolean {
  return textSearchOf !== undefined;
}

/**
 * The text search over `activities`. A query is answered only once the search has loaded: the views wait
 * for it (useTextSearchLoaded) rather than count without the query meanwhile.
 */
export function loadedTextSearchOf(activities: readonly ActivityRecord[]): TextSearch {
  if (!textSearchOf) throw new Error("The text search was used before loadTextSearch() resolved");
  return textSearchOf(activities);
}
