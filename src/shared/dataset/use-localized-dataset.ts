import { useDataset, type DatasetState } from "../../data/use-dataset";
import { useLocalized } from "./localized-dataset";

/** The app's dataset (shipped and the user's own), with its names in the active language. */
export function useLocalizedDataset(options: { includeUserData?: boolean } = {}): DatasetState {
  return useLocalized(useDataset(options));
}
