import { queryOptions } from "@tanstack/react-query";
import { IndicatorsSchema } from "../schema/indicators";
import { ManifestSchema, type ManifestEntry } from "../schema/manifest";
import { ReferenceSchema } from "../schema/reference";
import { ReportSchema } from "../schema/report";
import { DataFileError, fetchDataFile } from "./fetch-data-file";
import { checkReference } from "./validation/check-reference";
import { parseDataFile } from "./validation/parse-data-file";
import type { z } from "zod";

async function loadValidated<T>(schema: z.ZodType<T>, path: string, signal: AbortSignal): Promise<T> {
  const parsed = parseDataFile(schema, await fetchDataFile(path, signal), `data/${path}`);
  if (!parsed.ok) throw new DataFileError(parsed.issues);
  return parsed.value;
}

// Data files only change with a new deployment, so nothing goes stale while the page is open.
const forever = { staleTime: Infinity, gcTime: Infinity } as const;

export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ["data", "manifest"],
    queryFn: ({ signal }) => loadValidated(ManifestSchema, "manifest.json", signal),
    ...forever,
  });

export const referenceQueryOptions = (path: string) =>
  queryOptions({
    queryKey: ["data", "reference", path],
    queryFn: async ({ signal }) => {
      const reference = await loadValidated(ReferenceSchema, path, signal);
      const issues = checkReference(reference, `data/${path}`);
      if (issues.length > 0) throw new DataFileError(issues);
      return reference;
    },
    ...forever,
  });

export const indicatorsQueryOptions = (path: string) =>
  queryOptions({
    queryKey: ["data", "indicators", path],
    queryFn: ({ signal }) => loadValidated(IndicatorsSchema, path, signal),
    ...forever,
  });

/** Schema only: the cross-checks against reference.json run once both are in (see useDataset). */
export const reportQueryOptions = (entry: ManifestEntry) =>
  queryOptions({
    queryKey: ["data", "report", entry.path],
    queryFn: ({ signal }) => loadValidated(ReportSchema, entry.path, signal),
    ...forever,
  });
