import { queryOptions } from "@tanstack/react-query";
import type { ManifestEntry } from "../schema/manifest";
import { DataFileError, fetchDataText, parseJsonText } from "./fetch-data-file";
import type { DataFileKind, DataFileTypes } from "./validation/validate-data-file";
import { takeStartupText } from "./startup-data";

/**
 * Every data file, shipped or not, is checked against its schema before it is used, with located issues.
 * The schemas are a chunk of their own, downloaded while the file is fetched.
 */
async function loadValidated<K extends DataFileKind>(
  kind: K,
  path: string,
  signal: AbortSignal,
): Promise<DataFileTypes[K]> {
  const validation = import("./validation/validate-data-file");
  // If the file cannot be had either (offline), the file's own error is the one to report.
  validation.catch(() => undefined);
  const text = (await takeStartupText(path)) ?? (await fetchDataText(path, signal));
  const input = parseJsonText(text, `data/${path}`);
  const { validateDataFile } = await validation;
  const parsed = validateDataFile(kind, input, `data/${path}`);
  if (!parsed.ok) throw new DataFileError(parsed.issues);
  return parsed.value;
}

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
