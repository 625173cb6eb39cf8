import { createHash } from "node:crypto";
import { validateDataFile, type DataFileKind } from "../../src/data/validation/validate-data-file.ts";
import type { Manifest } from "../../src/schema/manifest";

/** Which check each shipped file gets, as the app's loader would pick it (see src/data/queries.ts). */
function kindsByPath(manifest: Manifest): Map<string, DataFileKind> {
  const kinds = new Map<string, DataFileKind>([
    ["manifest.json", "manifest"],
    [manifest.reference, "reference"],
    [manifest.indicators, "indicators"],
  ]);
  for (const entry of manifest.reports) kinds.set(entry.path, "report");
  return kinds;
}

/**
 * SHA-256 (base64) of every shipped data file that passes validateDataFile, keyed by its path under data/.
 * The app skips the schema check (and the download of zod) for a file whose bytes hash to its entry here;
 * a file that fails is left out, so the browser checks it and reports the file, record and field.
 */
export function hashVerifiedDataFiles(
  files: ReadonlyMap<string, Buffer>,
  manifest: Manifest,
): Record<string, string> {
  const verified: Record<string, string> = {};
  for (const [path, kind] of kindsByPath(manifest)) {
    const bytes = files.get(path);
    if (!bytes) continue;
    let input: unknown;
    try {
      input = JSON.parse(bytes.toString("utf8"));
    } catch {
      continue;
    }
    if (!validateDataFile(kind, input, `data/${path}`).ok) continue;
    verified[path] = createHash("sha256").update(bytes).digest("base64");
  }
  return verified;
}
