import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useUserDatasetStore } from "./store-context";
import type { StoredUserDataset } from "./user-dataset";
import { USER_DATASETS_KEY } from "./user-dataset-queries";

// Apart from the query so that pages which only read the datasets do not download the mutation code.

export function useAddUserDataset() {
  const store = useUserDatasetStore();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (dataset: StoredUserDataset) => store.put(dataset),
    // Only a save that happened changes what is stored: reading again after a failure would blank the review.
    onSuccess: () => client.invalidateQueries({ queryKey: USER_DATASETS_KEY }),
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
