import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkReference } from "../../src/data/validation/check-reference";
import { SDG_NAMES_FILE, checkSdgNames } from "../../src/data/validation/check-sdg-names";
import type { DataIssue } from "../../src/data/validation/data-issue";
import { parseDataFile } from "../../src/data/validation/parse-data-file";
import { validateReport } from "../../src/data/validation/validate-report";
import { IndicatorsSchema } from "../../src/schema/indicators";
import { REPORT_FILE_PATTERN } from "../../src/schema/manifest";
import { ReferenceSchema } from "../../src/schema/reference";
import type { Report } from "../../src/schema/report";
import { checkIndicatorSources, checkSourceKinds } from "./check-source-kinds";
import { buildJsonSchemas } from "./json-schemas";
import { REPORTS_FOLDER, buildManifest } from "./manifest";

export interface DataDirCheck {
  issues: DataIssue[];
  reports: Report[];
}

function readJson(dataDir: string, path: string, issues: DataIssue[]): unknown {
  const file = `data/${path}`;
  try {
    return JSON.parse(readFileSync(join(dataDir, path), "utf8")) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    issues.push({ file, path: "", message: `cannot be read as JSON (${reason})` });
    return undefined;
  }
}

/** Everything the app checks when it loads data, plus what only a whole-folder view can see. */
export function checkDataDir(dataDir: string): DataDirCheck {
  const issues: DataIssue[] = [];
  const manifest = buildManifest(dataDir);

  for (const name of readdirSync(join(dataDir, REPORTS_FOLDER))) {
    if (!REPORT_FILE_PATTERN.test(name)) {
      issues.push({
        file: `data/${REPORTS_FOLDER}/${name}`,
        path: "",
        message: "report files are named <year>.json, e.g. 2024.json; this one is ignored",
      });
    }
  }

  const reference = parseDataFile(
    ReferenceSchema,
    readJson(dataDir, manifest.reference, issues),
    `data/${manifest.reference}`,
  );
  if (!reference.ok) return { issues: [...issues, ...reference.issues], reports: [] };
  issues.push(...checkReference(reference.value, `data/${manifest.reference}`));
  // The official SDG names in six languages (the UI's translations); optional in other data folders.
  if (existsSync(join(dataDir, SDG_NAMES_FILE)))
    issues.push(...checkSdgNames(readJson(dataDir, SDG_NAMES_FILE, issues), reference.value));

  const indicators = parseDataFile(
    IndicatorsSchema,
    readJson(dataDir, manifest.indicators, issues),
    `data/${manifest.indicators}`,
  );
  if (!indicators.ok) issues.push(...indicators.issues);
  else {
    issues.push(...checkIndicatorSources(indicators.value, `data/${manifest.indicators}`));
    const metrics = new Set(indicators.value.metrics.map((metric) => metric.id));
    indicators.value.points.forEach((point, index) => {
      if (!metrics.has(point.metric)) {
        issues.push({
          file: `data/${manifest.indicators}`,
          recordId: point.metric,
          path: `points[${index}].metric`,
          message: "metric is not listed in metrics",
        });
      }
    });
  }

  const reports: Report[] = [];
  const idOwners = new Map<string, string>();
  for (const entry of manifest.reports) {
    const file = `data/${entry.path}`;
    const input = readJson(dataDir, entry.path, issues);
    if (input === undefined) continue;
    const result = validateReport(input, reference.value, file, entry.year);
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    reports.push(result.value);
    issues.push(...checkSourceKinds(result.value, file));
    for (const activity of result.value.activities) {
      const owner = idOwners.get(activity.id);
      if (owner)
        issues.push({ file, recordId: activity.id, path: "id", message: `id already used in ${owner}` });
      else idOwners.set(activity.id, file);
    }
  }

  for (const [name, expected] of Object.entries(buildJsonSchemas())) {
    let actual = "";
    try {
      actual = readFileSync(join(dataDir, "schema", name), "utf8");
    } catch {
      // A missing file is reported just like a stale one.
    }
    if (actual !== expected) {
      issues.push({
        file: `data/schema/${name}`,
        path: "",
        message: "out of date with the zod schema: run `npm run data:schema`",
      });
    }
  }
  return { issues, reports };
}
