import { readFileSync, readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { excludeTakenIds } from "../../src/data/import/exclude-taken-ids";
import { formatImportIssue } from "../../src/data/import/import-result";
import { parseActivitiesCsv } from "../../src/data/import/parse-activities-csv";
import { validateReport } from "../../src/data/validation/validate-report";
import { FORMAT_VERSION } from "../../src/schema/common";
import { REPORT_FILE_PATTERN } from "../../src/schema/manifest";
import type { Reference } from "../../src/schema/reference";
import type { Report } from "../../src/schema/report";

export const USAGE = `Usage: npm run data:import -- <input.csv> --year <YYYY> [--out data/reports/<YYYY>.json]
       [--kind report|compiled] [--title "..."] [--data-dir data] [--force]`;

export interface ImportCliOptions {
  input: string;
  year: number;
  out: string;
  kind: "report" | "compiled";
  title?: string;
  dataDir: string;
  force: boolean;
}

export function parseImportArgs(argv: readonly string[]): { options: ImportCliOptions } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        year: { type: "string" },
        out: { type: "string" },
        kind: { type: "string", default: "report" },
        title: { type: "string" },
        "data-dir": { type: "string", default: "data" },
        force: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  const [input, ...extra] = positionals;
  if (!input || extra.length > 0) return { error: "give exactly one input CSV file" };
  if (!values.year || !/^\d{4}$/.test(values.year))
    return { error: "--year takes 4 digits, e.g. --year 2024" };
  if (values.kind !== "report" && values.kind !== "compiled")
    return { error: "--kind is report or compiled" };
  const year = Number(values.year);
  const dataDir = values["data-dir"];
  const out = values.out ?? join(dataDir, "reports", `${year}.json`);
  const fileYear = REPORT_FILE_PATTERN.exec(basename(out))?.[1];
  if (fileYear !== undefined && Number(fileYear) !== year) {
    return { error: `--out ${out} names the year ${fileYear}, but --year is ${year}` };
  }
  return {
    options: { input, year, out, kind: values.kind, title: values.title, dataDir, force: values.force },
  };
}

/** Ids of the other report files, so that a clash is reported with its CSV line now, not by data:check later. */
export function readTakenIds(dataDir: string, out: string): Map<string, string> {
  const taken = new Map<string, string>();
  const folder = join(dataDir, "reports");
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (!REPORT_FILE_PATTERN.test(name) || resolve(path) === resolve(out)) continue;
    try {
      const report = JSON.parse(readFileSync(path, "utf8")) as { activities?: Array<{ id?: unknown }> };
      for (const activity of report.activities ?? []) {
        if (typeof activity.id === "string") taken.set(activity.id, `data/reports/${name}`);
      }
    } catch {
      // An unreadable report is data:check's to report.
    }
  }
  return taken;
}

function defaultTitle(kind: ImportCliOptions["kind"], year: number): string {
  return kind === "compiled"
    ? `ITU WSIS activities in ${year} (compiled)`
    : `ITU's contribution to the implementation of the WSIS outcomes ${year}`;
}

/** The CSV as one report file, or the problems as "input.csv:LINE column: message" lines. */
export function buildReportFromCsv(
  text: string,
  options: Pick<ImportCliOptions, "input" | "year" | "kind" | "title" | "out">,
  reference: Reference,
  taken: ReadonlyMap<string, string>,
): { report: Report } | { problems: string[] } {
  const file = basename(options.input);
  const parsed = parseActivitiesCsv(text, file, reference, {
    defaultYear: options.year,
    expectedYear: options.year,
  });
  const result = excludeTakenIds(parsed, taken, file);
  if (result.issueCount > 0) {
    const problems = result.issues.map(formatImportIssue);
    if (result.issueCount > problems.length)
      problems.push(`… and ${result.issueCount - problems.length} more`);
    return { problems };
  }
  const activities = result.reports.flatMap((report) => report.activities);
  if (activities.length === 0) return { problems: [`${file}: no activity rows`] };
  const report: Report = {
    formatVersion: FORMAT_VERSION,
    meta: {
      year: options.year,
      title: options.title ?? defaultTitle(options.kind, options.year),
      kind: options.kind,
      period: { from: `${options.year}-01-01`, to: `${options.year}-12-31` },
    },
    activities,
  };
  // The same check data:check will make of the written file.
  const checked = validateReport(report, reference, options.out, options.year);
  return checked.ok
    ? { report: checked.value }
    : { problems: checked.issues.map((issue) => `${issue.path}: ${issue.message}`) };
}
