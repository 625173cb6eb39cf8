import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { StartupData } from "../../src/data/startup-data";
import type { Manifest } from "../../src/schema/manifest";
import { buildManifest } from "./manifest.ts";

/** The files every page starts from: the manifest, the reference data and every report. */
export function startupPaths(manifest: Manifest): string[] {
  return ["manifest.json", manifest.reference, ...manifest.reports.map((entry) => entry.path)];
}

/**
 * data/startup.json: the exact text of each startup file, keyed by its path under data/, so that a page
 * fetches one file instead of two dozen and the app still checks each text as the file it stands for
 * (its schema, src/data/queries.ts). The files themselves ship too, for anyone who links to them and
 * for the app when startup.json cannot be had.
 */
export function startupDataJson(files: ReadonlyMap<string, string | Buffer>, manifest: Manifest): string {
  const startup: StartupData = { files: {} };
  for (const path of startupPaths(manifest)) {
    const source = files.get(path);
    if (source !== undefined) startup.files[path] = source.toString();
  }
  return JSON.stringify(startup);
}

/** startup.json for a data folder as it is on disk (tests serve a folder of their own with it). */
export function startupDataFromDir(dataDir: string): string {
  const manifest = buildManifest(dataDir);
  const files = new Map<string, string | Buffer>([["manifest.json", JSON.stringify(manifest)]]);
  for (const path of startupPaths(manifest).slice(1)) files.set(path, readFileSync(join(dataDir, path)));
  return startupDataJson(files, manifest);
}
