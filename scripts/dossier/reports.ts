/** Builds data/reports/<YEAR>.json from activities.csv: one compiled report per activity year. */
import { deriveActivityKey } from "../../src/domain/activity-key";
import { FORMAT_VERSION, type LinkBasis } from "../../src/schema/common";
import type { Reference } from "../../src/schema/reference";
import type { Activity, Report } from "../../src/schema/report";
import type { ActivityRow } from "./dossier-input";
import { STATED_UPGRADES, matrixSdgsOf, ruleLineFromNotes } from "./dossier-coding";
import { sourcesOf } from "./sources";

/**
 * Keys the title rule cannot get right, by activity id. Keep this short: a judgement call each.
 */
export const KEY_OVERRIDES: Readonly<Record<string, string>> = {
  // Sessions of the WSIS Forum's "ICTs and Gender Mainstreaming" track (2019, 2020), not the Forum itself.
  A270: "wsis-forum-gender-mainstreaming-track",
  A279: "wsis-forum-gender-mainstreaming-track",
  // ITU's yearly WSIS session at the IGF; SOURCES.md counts 2014 and 2024 with the 2017-2023 open forums.
  A210: "igf-open-forum",
  A340: "igf-open-forum",
  // RA-23's IMT-2030 decision is the Radiocommunication Assembly 2023 (RA-15 is A223).
  A327: "ra",
  // The WRC-27 information session continues the inter-regional WRC preparatory workshops (WRC-19: A257, A271).
  A356: "itu-inter-regional-workshop-on-wrc-preparation",
  // An emergency telecom deployment that is not titled as one.
  A274: "emergency-telecom-deployment",
  // Generation Connect youth work, as SOURCES.md reads A197.
  A197: "generation-connect",
  // Kaleidoscope 2009 is titled "ITU-T Kaleidoscope"; the series is keyed without the Sector.
  A374: "itu-kaleidoscope",
  // IGF 2018's open forum fills the 2018 gap of ITU's yearly WSIS open forum at the IGF.
  A403: "igf-open-forum",
  // A meeting of the Council Working Group on WSIS & SDGs, titled by its acronym.
  A409: "council-working-group-on-wsis",
  // Facilitation meetings of one action line whose titles say "meeting" or "consultation".
  A362: "wsis-action-line-c2-facilitation",
  A370: "wsis-action-line-c6-facilitation",
};

const SECTOR_BASIS: Record<string, LinkBasis> = { stated: "stated", inferred: "assigned" };
const ACTION_LINE_BASIS: Record<string, LinkBasis> = { stated: "stated", assigned: "assigned" };
const SDG_BASIS: Record<string, LinkBasis> = { stated: "stated", matrix: "matrix" };

const list = (cell: string, separator: string): string[] =>
  cell
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

interface Context {
  reference: Reference;
  summaries: Readonly<Record<string, string>>;
  problems: string[];
  warn: (message: string) => void;
}

function toActivity(row: ActivityRow, ctx: Context): Activity {
  const fail = (message: string) => ctx.problems.push(`${row.id}: ${message}`);
  const { reference } = ctx;

  let sector: Activity["sector"];
  if (row.sector) {
    const basis = SECTOR_BASIS[row.sector_basis];
    if (!basis) fail(`sector_basis "${row.sector_basis}" with sector ${row.sector}`);
    if (!reference.sectors.some((s) => s.code === row.sector)) fail(`unknown sector ${row.sector}`);
    sector = { code: row.sector, basis: basis ?? "assigned" };
  } else if (row.sector_basis) fail(`sector_basis "${row.sector_basis}" without a sector`);

  let codes = list(row.action_lines, ";");
  let lineBasis = ACTION_LINE_BASIS[row.action_line_basis];
  let notes = row.notes.trim();
  if (row.action_line_basis === "" && codes.length === 0) {
    // The dossier names the rule's line in notes but leaves the coding to us.
    const ruled = ruleLineFromNotes(row.notes);
    if (ruled) [codes, lineBasis] = [[ruled], "assigned"];
    else ctx.warn(`${row.id}: no action line and no topic rule in notes; treated as cross-cutting`);
  } else if (
    row.action_line_basis === "cross-cutting" ? codes.length > 0 : !lineBasis || codes.length === 0
  ) {
    fail(`action_line_basis "${row.action_line_basis}" with action_lines "${row.action_lines}"`);
  }
  for (const code of codes) {
    if (!reference.actionLines.some((l) => l.code === code)) fail(`unknown action line ${code}`);
  }

  const upgrade = STATED_UPGRADES[row.id];
  const stated = new Set(upgrade?.codes ?? []);
  const lines = codes.map((code) => ({
    code,
    basis: stated.has(code) ? ("stated" as const) : (lineBasis ?? "assigned"),
  }));
  if (upgrade) notes = [notes, `${upgrade.note}.`].filter(Boolean).join(" ");

  let sdgs = list(row.sdgs, ";").map(Number);
  let sdgBasis = SDG_BASIS[row.sdg_basis];
  if (sdgs.length === 0 && row.sdg_basis === "" && codes.length > 0) {
    // As for the dossier's own rows: the matrix's recommended SDGs of the lines, when the source states none.
    sdgs = matrixSdgsOf(codes, reference);
    if (sdgs.length > 0) sdgBasis = "matrix";
  }
  if (sdgBasis === undefined ? sdgs.length > 0 || row.sdg_basis !== "" : sdgs.length === 0) {
    fail(`sdg_basis "${row.sdg_basis}" with sdgs "${row.sdgs}"`);
  }
  if (sdgBasis === "matrix") {
    const allowed = new Set(
      reference.matrix.entries.filter((e) => codes.includes(e.actionLine)).flatMap((e) => e.recommendedSdgs),
    );
    const outside = sdgs.filter((n) => !allowed.has(n));
    if (outside.length > 0)
      ctx.warn(`${row.id}: "matrix" SDGs ${outside.join(", ")} not recommended for ${codes.join(", ")}`);
  }

  const urls = list(row.source_url, " | ");
  for (const url of urls) if (!/^https?:\/\/\S+$/i.test(url)) fail(`source is not an http(s) URL: ${url}`);

  const figures = list(row.figures, "; ").map((label) => ({ label }));
  const summary = ctx.summaries[row.id] ?? row.summary;

  return {
    id: row.id,
    key: KEY_OVERRIDES[row.id] ?? deriveActivityKey(row.title),
    ...(sector ? { sector } : {}),
    actionLines: lines,
    sdgs: sdgs.map((sdg) => ({ sdg, basis: sdgBasis ?? "matrix" })),
    title: row.title,
    summary,
    ...(figures.length > 0 ? { figures } : {}),
    sources: sourcesOf(upgrade ? [...urls, upgrade.url] : urls, row.id),
    ...(notes ? { notes } : {}),
  };
}

function meta(year: number): Report["meta"] {
  return {
    year,
    title: `ITU WSIS activities in ${year} (compiled)`,
    kind: "compiled",
    period: { from: `${year}-01-01`, to: `${year}-12-31` },
    description:
      `Activities of ITU in ${year} that relate to the WSIS outcomes, compiled from public ITU pages ` +
      "(and a few third-party copies of them) and dated by the year of the activity. This is not the content " +
      `of the ${year} edition of ITU's annual WSIS report, whose text could not be read.`,
  };
}

export function buildReports(
  rows: readonly ActivityRow[],
  reference: Reference,
  summaries: Readonly<Record<string, string>>,
  warn: (message: string) => void,
): Report[] {
  const ctx: Context = { reference, summaries, problems: [], warn };
  const byYear = new Map<number, Activity[]>();
  for (const row of [...rows].sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }))) {
    const year = Number(row.report_year);
    if (!Number.isInteger(year)) ctx.problems.push(`${row.id}: report_year "${row.report_year}"`);
    if (row.year_basis !== "activity_year") ctx.problems.push(`${row.id}: year_basis "${row.year_basis}"`);
    byYear.set(year, [...(byYear.get(year) ?? []), toActivity(row, ctx)]);
  }
  if (ctx.problems.length > 0) throw new Error(`activities.csv:\n  ${ctx.problems.join("\n  ")}`);

  const ids = new Set(rows.map((row) => row.id));
  const unknown = Object.keys(summaries).filter((id) => !ids.has(id));
  if (unknown.length > 0)
    warn(`summaries.json has ids that are not in activities.csv: ${unknown.join(", ")}`);
  const missing = rows.filter((row) => !(row.id in summaries)).map((row) => row.id);
  if (missing.length > 0) {
    warn(
      `${missing.length} activities have no rewritten summary; the CSV summary is used: ${missing.join(", ")}`,
    );
  }
  return [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((year) => ({ formatVersion: FORMAT_VERSION, meta: meta(year), activities: byYear.get(year) ?? [] }));
}
