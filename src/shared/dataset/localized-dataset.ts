import type { DatasetState } from "../../data/use-dataset";
import { useLocalizedReference } from "../../i18n/use-localized-reference";

/**
 * A dataset with its names (SDGs, sectors, action lines) in the active language: the data layer loads
 * and validates the data as shipped, and translation happens here, above it.
 */
export function useLocalized(dataset: DatasetState): DatasetState {
  const reference = useLocalizedReference(dataset.status === "ready" ? dataset.reference : undefined);
  if (dataset.status !== "ready") return dataset;
  return reference ? { ...dataset, reference } : { status: "loading" };
}
