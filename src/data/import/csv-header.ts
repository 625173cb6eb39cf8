import { CSV_COLUMNS, CSV_COLUMN_NAMES } from "./csv-template";
import type { ImportIssue } from "./import-result";

export interface CsvHeader {
  /** Template column name for each cell position; undefined for ignored columns. */
  columns: (string | undefined)[];
  /** Problems with the header; `fatal` ones stop the import (no row can be read right). */
  issues: ImportIssue[];
  fatal: boolean;
}

/** "Action lines", "ACTION-LINES" and "action_lines" name the same column: spreadsheets retitle headers. */
export function normalizeColumnName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** Reads the header row against the template; `yearOptional` when a default year is given (CLI --year). */
export function readCsvHeader(cells: readonly string[], file: string, yearOptional: boolean): CsvHeader {
  const issues: ImportIssue[] = [];
  const at = (path: string, message: string) => issues.push({ file, line: 1, path, message });
  const first = cells[0] ?? "";
  if (cells.length === 1 && /[;\t]/.test(first)) {
    const separator = first.includes("\t") ? "tabs" : '";"';
    at("", `the columns are separated by ${separator}; save the sheet as "CSV UTF-8 (comma delimited)"`);
    return { columns: [], issues, fatal: true };
  }
  const seen = new Set<string>();
  const columns = cells.map((cell) => {
    const name = normalizeColumnName(cell);
    if (!CSV_COLUMN_NAMES.includes(name)) {
      if (name !== "") at(name.slice(0, 40), "not a column of the template; it is ignored");
      return undefined;
    }
    if (seen.has(name)) {
      at(name, "this column appears twice");
      return undefined;
    }
    seen.add(name);
    return name;
  });
  const missing = CSV_COLUMNS.filter(
    (column) => column.required && !seen.has(column.name) && !(yearOptional && column.name === "year"),
  );
  for (const column of missing) at(column.name, "this required column is missing from the header (line 1)");
  const fatal = missing.length > 0 || issues.some((issue) => issue.message.includes("twice"));
  return { columns, issues, fatal };
}
