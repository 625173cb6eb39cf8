import type { Reference } from "../../schema/reference";
import type { Activity } from "../../schema/report";
import { deriveActivityKey } from "../../domain/activity-key";
import { checkActivity, checkActivityCodes, type FieldProblem } from "./check-activity";
import {
  parseActionLineList,
  parseBasisList,
  parseSdgList,
  parseSourceKindList,
  parseUrlList,
  parseYearCell,
  splitList,
  type CellResult,
} from "./csv-cells";
import { quoteValue } from "./import-result";

/**
 * Undoes the export's guard against spreadsheet formulas ("'+45%" stands for "+45%", "''=" for "'="), so
 * that an exported file loads back as it was.
 */
function unguardFormula(text: string): string {
  return /^'+[=+\-@]/.test(text) ? text.slice(1) : text;
}

export interface ColumnProblem {
  column: string;
  message: string;
}

export type RowResult =
  | { ok: true; year: number; activity: Activity }
  | { ok: false; id: string | undefined; problems: ColumnProblem[] };

export interface RowContext {
  reference: Reference;
  /** Used when the year cell is empty (the CLI's --year). */
  defaultYear?: number;
  /** When set, every row must be of this year (the CLI writes one report file). */
  expectedYear?: number;
}

/** Where a field of the activity comes from in the sheet, so that schema and code errors name a column. */
function columnOf(path: string): string {
  if (path.startsWith("sector.basis")) return "sector_basis";
  if (path.startsWith("sector")) return "sector";
  if (/^actionLines\[\d+\]\.basis/.test(path)) return "action_line_basis";
  if (path.startsWith("actionLines")) return "action_lines";
  if (/^sdgs\[\d+\]$/.test(path) || /^sdgs\[\d+\]\.basis/.test(path)) return "sdg_basis";
  if (path.startsWith("sdgs")) return "sdgs";
  if (/^sources\[\d+\]\.kind/.test(path)) return "source_kinds";
  if (path.startsWith("sources")) return "source_urls";
  return path.replace(/[.[].*$/, "") || "id";
}

/** In a list cell, say which item is wrong: "C12": must be an action line code… */
function nameItem(candidate: Activity, problem: FieldProblem): string {
  const match = /^(actionLines|sdgs|sources)\[(\d+)\]/.exec(problem.path);
  if (!match) return problem.message;
  const item = candidate[match[1] as "actionLines" | "sdgs" | "sources"][Number(match[2])];
  const value = item ? String("code" in item ? item.code : "sdg" in item ? item.sdg : item.url) : "";
  return value === "" || problem.message.includes(`"${value}"`)
    ? problem.message
    : `${quoteValue(value)}: ${problem.message}`;
}

/** Turns one CSV row (cells by column name) into an activity checked by the same rules as data:check. */
export function readActivityRow(row: Readonly<Record<string, string>>, context: RowContext): RowResult {
  const cell = (column: string) => unguardFormula((row[column] ?? "").trim());
  const problems: ColumnProblem[] = [];
  function take<T>(column: string, result: CellResult<T>): T | undefined {
    if (result.ok) return result.value;
    problems.push({ column, message: result.message });
    return undefined;
  }
  const required = (column: string, what: string) => {
    const value = cell(column);
    if (value === "") problems.push({ column, message: `${what} is required` });
    return value;
  };

  const id = required("id", "an id");
  let year: number | undefined = context.defaultYear;
  if (cell("year") !== "") year = take("year", parseYearCell(cell("year")));
  else if (year === undefined)
    problems.push({ column: "year", message: "a year is required (4 digits, e.g. 2024)" });
  if (year !== undefined && context.expectedYear !== undefined && year !== context.expectedYear) {
    problems.push({
      column: "year",
      message: `this file is imported as ${context.expectedYear}, the row says ${year}`,
    });
  }
  const title = required("title", "a title");
  const summary = required("summary", "a summary");

  const sectorCode = cell("sector").toUpperCase();
  let sector: Activity["sector"];
  if (sectorCode !== "") {
    const [basis] =
      take("sector_basis", parseBasisList(cell("sector_basis"), 1, ["stated", "assigned"], "sectors")) ?? [];
    if (basis) sector = { code: sectorCode, basis };
  } else if (cell("sector_basis") !== "") {
    problems.push({ column: "sector_basis", message: "a basis is given but the sector is empty" });
  }

  const lineCodes = parseActionLineList(cell("action_lines"));
  const lineBases = take(
    "action_line_basis",
    parseBasisList(cell("action_line_basis"), lineCodes.length, ["stated", "assigned"], "action lines"),
  );
  const sdgList = take("sdgs", parseSdgList(cell("sdgs")));
  const sdgNumbers = sdgList ?? [];
  // A refused SDG cell is one problem: its bases are not also reported as "given but no SDGs".
  const sdgBases =
    sdgList === undefined
      ? undefined
      : take("sdg_basis", parseBasisList(cell("sdg_basis"), sdgNumbers.length, ["stated", "matrix"], "SDGs"));
  const urls = take("source_urls", parseUrlList(cell("source_urls")));
  const kinds = take("source_kinds", parseSourceKindList(cell("source_kinds"), urls?.length ?? 0));
  const figures = splitList(cell("figures")).map((label) => ({ label }));
  const notes = cell("notes");
  const candidate: Activity = {
    id,
    key: cell("key") || deriveActivityKey(title),
    ...(sector ? { sector } : {}),
    actionLines: lineCodes.map((code, index) => ({ code, basis: lineBases?.[index] ?? "stated" })),
    sdgs: sdgNumbers.map((sdg, index) => ({ sdg, basis: sdgBases?.[index] ?? "stated" })),
    title,
    summary,
    ...(figures.length > 0 ? { figures } : {}),
    sources: (urls ?? []).map((url, index) => {
      const kind = kinds?.[index];
      return kind ? { url, kind } : { url };
    }),
    ...(notes ? { notes } : {}),
  };
  // The schema and code checks run even when a cell was already refused, so that a row lists all its
  // problems at once; a column the cell parsers already refused is not reported twice.
  const checked = checkActivity(candidate, context.reference);
  const flagged = new Set(problems.map((problem) => problem.column));
  for (const problem of checked.problems) {
    const column = columnOf(problem.path);
    if (!flagged.has(column)) problems.push({ column, message: nameItem(candidate, problem) });
  }
  if (!checked.activity) {
    // The schema stopped before the codes were looked up: look them up too, in the columns still clean.
    const schemaColumns = new Set(problems.map((problem) => problem.column));
    for (const problem of checkActivityCodes(candidate, context.reference)) {
      const column = columnOf(problem.path);
      if (!schemaColumns.has(column)) problems.push({ column, message: nameItem(candidate, problem) });
    }
  }
  if (problems.length > 0 || year === undefined || !checked.activity) {
    return { ok: false, id: id || undefined, problems };
  }
  return { ok: true, year, activity: checked.activity };
}
