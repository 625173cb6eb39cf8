import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { useUserDatasetStore } from "./store-context";
import type { StoredUserDataset } from "./user-dataset";
import type { UserDatasetStore } from "./user-dataset-store";

const USER_DATASETS_KEY = ["user-datasets"] as const;

/** The raw stored records; they are checked when merged with the shipped data (see mergeUserDatasets). */
export const userDatasetsQueryOptions = (store: UserDatasetStore) =>
  queryOptions({
    queryKey: USER_DATASETS_KEY,
    queryFn: () => store.list(),
    staleTime: Infinity,
    gcTime: Infinity,
    // A failing IndexedDB (blocked by the browser's privacy settings) will not recover on its own.
    retry: false,
  });

export function useAddUserDataset() {
  const store = useUserDatasetStore();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (dataset: StoredUserDataset) => store.put(dataset),
    onSettled: () => client.invalidateQueries({ queryKey: USER_DATASETS_KEY }),
  });
}

export function useRemoveUserDataset() {
  const store = useUserDatasetStore();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => store.remove(id),
    onSettled: () => client.invalidateQueries({ queryKey: USER_DATASETS_KEY }),
  });
}
