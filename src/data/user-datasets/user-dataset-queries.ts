import { queryOptions } from "@tanstack/react-query";
import type { UserDatasetStore } from "./user-dataset-store";

export const USER_DATASETS_KEY = ["user-datasets"] as const;

/**
 * The raw stored records, checked when merged with the shipped data, and the merge itself: it validates
 * with zod, so it is downloaded only when something is stored. One query for both, so that a refetch
 * after an import keeps the previous answer until records and merge are both in.
 */
export const userDatasetsQueryOptions = (store: UserDatasetStore) =>
  queryOptions({
    queryKey: USER_DATASETS_KEY,
    queryFn: async () => {
      const entries = await store.entries();
      const records = entries.map(([, value]) => value);
      const keys = entries.map(([key]) => key);
      if (records.length === 0) return { records, keys, merge: undefined };
      return { records, keys, merge: (await import("./merge-user-datasets")).mergeUserDatasets };
    },
    staleTime: Infinity,
    gcTime: Infinity,
    // A failing IndexedDB (blocked by the browser's privacy settings) will not recover on its own.
    retry: false,
  });
