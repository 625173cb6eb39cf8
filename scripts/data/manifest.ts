import { readdirSync } from "node:fs";
import { join } from "node:path";
import { FORMAT_VERSION } from "../../src/schema/common.ts";
import { REPORT_FILE_PATTERN, type Manifest } from "../../src/schema/manifest.ts";

export const REPORTS_FOLDER = "reports";

/** Lists data/reports/*.json by file name alone: reading them is the loader's job, with full validation. */
export function buildManifest(dataDir: string): Manifest {
  const reports = readdirSync(join(dataDir, REPORTS_FOLDER))
    .flatMap((fileName) => {
      const match = REPORT_FILE_PATTERN.exec(fileName);
      return match ? [{ year: Number(match[1]), path: `${REPORTS_FOLDER}/${fileName}` }] : [];
    })
    .sort((a, b) => a.year - b.year || a.path.localeCompare(b.path));
  return {
    formatVersion: FORMAT_VERSION,
    reference: "reference.json",
    indicators: "indicators.json",
    reports,
  };
}
