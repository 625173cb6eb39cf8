/**
 * Converts the research dossier into the shipped data files:
 *
 *   npx tsx scripts/dossier/import-dossier.ts [dossierDir]   (default: ../shared/reference)
 *
 * Writes data/reference.json, data/reports/<YEAR>.json and data/indicators.json, each validated
 * against src/schema before it is written, and prints the coverage table for data/README.md.
 * Rewritten summaries come from scripts/dossier/summaries.json (id -> text) when present.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { IndicatorsSchema } from "../../src/schema/indicators";
import { ReferenceSchema } from "../../src/schema/reference";
import { ReportSchema, type Report } from "../../src/schema/report";
import { coverageTable } from "./coverage";
import { ActivityRowSchema, FigureRowSchema, readDossierCsv, type ActivityRow } from "./dossier-input";
import { buildIndicators } from "./indicators";
import { buildReference } from "./reference";
import { buildReports } from "./reports";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const dossier = resolve(root, process.argv[2] ?? "../shared/reference");
const dataDir = join(root, "data");

const warnings: string[] = [];
const warn = (message: string) => warnings.push(message);

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`Check failed: ${message}`);
}

/** Validates with the app's schema; the parsed value is what gets written. */
function validated<T>(name: string, schema: z.core.$ZodType<T>, value: unknown): T {
  const result = z.safeParse(schema, value);
  if (!result.success)
    throw new Error(`${name} does not match its schema:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** 2-space JSON with a trailing newline. */
function write(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function readSummaries(): Record<string, string> {
  const path = join(here, "summaries.json");
  if (!existsSync(path)) {
    warn("scripts/dossier/summaries.json not found; every summary comes from the CSV");
    return {};
  }
  const parsed = z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(path, "utf8")));
  return Object.fromEntries(Object.entries(parsed).filter(([, text]) => text.trim() !== ""));
}

/** A hand-made report (kind "report", "user"...) in data/reports must never be overwritten. */
function assertCompiledOrAbsent(path: string): void {
  if (!existsSync(path)) return;
  const kind = z
    .object({ meta: z.object({ kind: z.string() }) })
    .safeParse(JSON.parse(readFileSync(path, "utf8")));
  assert(
    kind.success && kind.data.meta.kind === "compiled",
    `${relative(root, path)} is not a compiled report`,
  );
}

/** Every CSV row lands in exactly one report, the one of its year, and the counts per year agree. */
function checkPlacement(rows: readonly ActivityRow[], reports: readonly Report[]): void {
  const placed = new Map<string, number[]>();
  for (const report of reports) {
    for (const a of report.activities) placed.set(a.id, [...(placed.get(a.id) ?? []), report.meta.year]);
  }
  const total = reports.reduce((n, r) => n + r.activities.length, 0);
  assert(total === rows.length, `${total} activities in the reports, ${rows.length} rows in the CSV`);
  const perYear = new Map<number, number>();
  for (const row of rows) {
    const years = placed.get(row.id) ?? [];
    assert(years.length === 1 && years[0] === Number(row.report_year), `${row.id} is in [${years}]`);
    perYear.set(Number(row.report_year), (perYear.get(Number(row.report_year)) ?? 0) + 1);
  }
  assert(perYear.size === reports.length, "one report per distinct report_year");
  for (const r of reports)
    assert(perYear.get(r.meta.year) === r.activities.length, `count for ${r.meta.year}`);
}

function main(): void {
  console.log(`Reading the dossier in ${dossier}`);
  // Everything is built and checked before anything is written, so a failure leaves data/ untouched.
  const reference = validated("reference.json", ReferenceSchema, buildReference(dossier, warn));

  const activityRows = readDossierCsv(dossier, "activities.csv", ActivityRowSchema);
  const reports = buildReports(activityRows, reference, readSummaries(), warn).map((report) =>
    validated(`reports/${report.meta.year}.json`, ReportSchema, report),
  );
  checkPlacement(activityRows, reports);
  const reportPath = (year: number) => join(dataDir, "reports", `${year}.json`);
  for (const report of reports) assertCompiledOrAbsent(reportPath(report.meta.year));

  const figureRows = readDossierCsv(dossier, "yearly-figures.csv", FigureRowSchema);
  const indicators = validated("indicators.json", IndicatorsSchema, buildIndicators(figureRows));
  assert(indicators.points.length === figureRows.length, "every yearly figure becomes one point");

  write(join(dataDir, "reference.json"), reference);
  for (const report of reports) write(reportPath(report.meta.year), report);
  write(join(dataDir, "indicators.json"), indicators);

  const r = reference;
  console.log(
    `\nWrote data/reference.json: ${r.sectors.length} sectors, ${r.actionLines.length} action lines, ` +
      `${r.ituRoles.length} role editions, ${r.sdgs.length} SDGs, ${r.matrix.entries.length} matrix entries`,
  );
  console.log(
    `Wrote ${reports.length} files in data/reports/: ` +
      reports.map((rep) => `${rep.meta.year} (${rep.activities.length})`).join(", "),
  );
  console.log(
    `Wrote data/indicators.json: ${indicators.metrics.length} metrics, ${indicators.points.length} points`,
  );
  console.log(`\n${coverageTable(reports)}\n`);
  if (warnings.length > 0) console.warn(`${warnings.length} warning(s):\n  ${warnings.join("\n  ")}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
