import type { Reference } from "../../schema/reference";
import type { Activity, Report } from "../../schema/report";
import { IdRegistry } from "./check-activity";
import { readCsvHeader, type CsvHeader } from "./csv-header";
import { CsvReader } from "./csv-reader";
import { readActivityRow } from "./csv-row";
import type { ImportJob } from "./import-job";
import { runImportJob } from "./import-job";
import { IssueCollector, type ImportResult } from "./import-result";
import { shortId, userReportMeta } from "./user-report-meta";

export interface CsvImportOptions {
  /** Year for rows whose year cell is empty. */
  defaultYear?: number;
  /** Every row must be of this year. */
  expectedYear?: number;
}

/**
 * Reads a CSV in the template's format row by row: each row is checked on its own, so that the valid
 * rows can be imported while every bad one is reported with its line number and column.
 */
/** Tabs when the header line has tabs and no comma (Excel's "Unicode text"); commas otherwise. */
function separatorOf(text: string): "," | "\t" {
  const end = text.search(/[\r\n]/);
  const header = end < 0 ? text : text.slice(0, end);
  return header.includes("\t") && !header.includes(",") ? "\t" : ",";
}

export function createCsvImportJob(
  text: string,
  file: string,
  reference: Reference,
  options: CsvImportOptions = {},
): ImportJob {
  const reader = new CsvReader(text, separatorOf(text));
  const issues = new IssueCollector();
  const byYear = new Map<number, Activity[]>();
  const ids = new IdRegistry();
  const recordLines = new Map<string, number>();
  let header: CsvHeader | undefined;
  let rowCount = 0;
  let validCount = 0;
  let finished = false;

  function readHeader(): void {
    const first = reader.next();
    if (!first) {
      issues.add({ file, path: "", message: "the file has no header row; start from the template" });
      finished = true;
      return;
    }
    if (first.kind === "error") {
      issues.add({ file, line: first.line, path: "", message: first.message });
      finished = true;
      return;
    }
    header = readCsvHeader(first.cells, file, options.defaultYear !== undefined);
    header.issues.forEach((issue) => issues.add(issue));
    if (header.fatal) finished = true;
  }

  function readRow(line: number, cells: readonly string[], columns: CsvHeader["columns"]): void {
    const extra = cells.slice(columns.length);
    if (cells.length < columns.length || extra.some((cell) => cell.trim() !== "")) {
      issues.add({
        file,
        line,
        path: "",
        message: `this row has ${cells.length} cells, the header has ${columns.length}; a cell with a comma or a line break must be in quotes`,
      });
      return;
    }
    const row: Record<string, string> = {};
    columns.forEach((column, index) => {
      if (column) row[column] = cells[index] ?? "";
    });
    const result = readActivityRow(row, { reference, ...options });
    if (!result.ok) {
      const recordId = result.id ? shortId(result.id) : undefined;
      result.problems.forEach((problem) =>
        issues.add({ file, line, recordId, path: problem.column, message: problem.message }),
      );
      return;
    }
    const owner = ids.claim(result.activity.id, `line ${line}`);
    if (owner) {
      issues.add({
        file,
        line,
        recordId: result.activity.id,
        path: "id",
        message: `duplicate id "${result.activity.id}": already used on ${owner}`,
      });
      return;
    }
    recordLines.set(result.activity.id, line);
    const activities = byYear.get(result.year);
    if (activities) activities.push(result.activity);
    else byYear.set(result.year, [result.activity]);
    validCount += 1;
  }

  return {
    step(budget) {
      if (!header && !finished) readHeader();
      for (let done = 0; done < budget && !finished && header; done += 1) {
        const record = reader.next();
        if (!record) {
          finished = true;
          break;
        }
        rowCount += 1;
        if (record.kind === "error")
          issues.add({ file, line: record.line, path: "", message: record.message });
        else readRow(record.line, record.cells, header.columns);
      }
      return finished;
    },
    progress: () => ({ phase: "parsing", done: reader.position, total: reader.length }),
    result(): ImportResult {
      const reports: Report[] = [...byYear.entries()]
        .sort(([a], [b]) => a - b)
        .map(([year, activities]) => ({ formatVersion: 1, meta: userReportMeta(year, file), activities }));
      return { reports, issues: issues.kept, issueCount: issues.count, rowCount, validCount, recordLines };
    },
  };
}

export function parseActivitiesCsv(
  text: string,
  file: string,
  reference: Reference,
  options?: CsvImportOptions,
): ImportResult {
  return runImportJob(createCsvImportJob(text, file, reference, options));
}
