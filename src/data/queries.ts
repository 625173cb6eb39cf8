import { queryOptions } from "@tanstack/react-query";
import type { ManifestEntry } from "../schema/manifest";
import { loadValidated } from "./load-data-file";

// Data files only change with a new deployment, so nothing goes stale while the page is open.
const forever = { staleTime: Infinity, gcTime: Infinity } as const;

export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ["data", "manifest"],
    queryFn: ({ signal }) => loadValidated("manifest", "manifest.json", signal),
    ...forever,
  });

/** Schema and internal consistency (unique codes, known lines in the matrix). */
export const referenceQueryOptions = (path: string) =>
  queryOptions({
    queryKey: ["data", "reference", path],
    queryFn: ({ signal }) => loadValidated("reference", path, signal),
    ...forever,
  });

export const indicatorsQueryOptions = (path: string) =>
  queryOptions({
    queryKey: ["data", "indicators", path],
    queryFn: ({ signal }) => loadValidated("indicators", path, signal),
    ...forever,
  });

/** Schema only: the cross-checks against reference.json run once both are in (see useDataset). */
export const reportQueryOptions = (entry: ManifestEntry) =>
  queryOptions({
    queryKey: ["data", "report", entry.path],
    queryFn: ({ signal }) => loadValidated("report", entry.path, signal),
    ...forever,
  });
