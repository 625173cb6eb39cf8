import { queryOptions, type QueryClient } from "@tanstack/react-query";
import type { ManifestEntry } from "../schema/manifest";
import { loadValidated, validatedText } from "./load-data-file";

/**
 * The queries of the shipped dataset, answered from the files' texts by the same parsing and checks as
 * a download (the build's prerender of the landing view starts from these), and the data's digest.
 */
export async function seedShippedData(
  client: QueryClient,
  texts: ReadonlyMap<string, string>,
): Promise<string> {
  const validation = await import("./validation/validate-data-file");
  const textOf = (path: string) => {
    const text = texts.get(path);
    if (text === undefined) throw new Error(`data/${path} is not among the shipped files`);
    return text;
  };
  const manifest = validatedText("manifest", "manifest.json", textOf("manifest.json"), validation);
  client.setQueryData(manifestQueryOptions().queryKey, manifest);
  const reference = validatedText("reference", manifest.reference, textOf(manifest.reference), validation);
  client.setQueryData(referenceQueryOptions(manifest.reference).queryKey, reference);
  for (const entry of manifest.reports) {
    const report = validatedText("report", entry.path, textOf(entry.path), validation);
    client.setQueryData(reportQueryOptions(entry).queryKey, report);
  }
  return shippedDataDigest(client);
}

/**
 * Every query of the shipped dataset, loaded the usual way (the startup file, else each file), and the
 * digest of what was loaded (shippedDataDigest).
 */
export async function loadShippedData(client: QueryClient): Promise<string> {
  const manifest = await client.fetchQuery(manifestQueryOptions());
  await Promise.all([
    client.fetchQuery(referenceQueryOptions(manifest.reference)),
    ...manifest.reports.map((entry) => client.fetchQuery(reportQueryOptions(entry))),
  ]);
  return shippedDataDigest(client);
}

/**
 * A digest of the shipped dataset in `client` (manifest, reference, reports, as validated): equal digests,
 * equal data. The prerendered landing view carries the one it was rendered from; the client hydrates it
 * only if the data it loaded has the same (a host may serve other data than the build's).
 */
export function shippedDataDigest(client: QueryClient): string {
  const manifest = client.getQueryData(manifestQueryOptions().queryKey);
  if (!manifest) return "";
  const files = [
    manifest,
    client.getQueryData(referenceQueryOptions(manifest.reference).queryKey),
    ...manifest.reports.map((entry) => client.getQueryData(reportQueryOptions(entry).queryKey)),
  ];
  // FNV-1a, 32 bits, over the files' JSON: enough to tell one dataset from another, not a defence.
  let hash = 0x811c9dc5;
  const text = JSON.stringify(files);
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, "0")}-${text.length.toString(16)}`;
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
