import { parseHash } from "../../url-state/hash-location";
import { navigate } from "../../url-state/use-hash-location";

export const DATASET_PARAM = "dataset";

/**
 * ?dataset=<https URL>, before the hash (https://host/app/?dataset=…#/) or in it (#/?dataset=…):
 * both are what people write when they share a link.
 */
export function readDatasetParam(location: Pick<Location, "search" | "hash">): string | undefined {
  const fromSearch = new URLSearchParams(location.search).get(DATASET_PARAM);
  const fromHash = parseHash(location.hash).params.get(DATASET_PARAM);
  const value = (fromSearch ?? fromHash ?? "").trim();
  return value === "" ? undefined : value;
}

/** Once imported or declined, the link should not offer the dataset again on reload. */
export function clearDatasetParam(): void {
  const search = new URLSearchParams(window.location.search);
  if (search.has(DATASET_PARAM)) {
    search.delete(DATASET_PARAM);
    const query = search.toString();
    window.history.replaceState(
      window.history.state,
      "",
      `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`,
    );
  }
  const { path, params } = parseHash(window.location.hash);
  if (params.has(DATASET_PARAM)) {
    params.delete(DATASET_PARAM);
    navigate(path, params, { replace: true });
  }
}
