import type { Report } from "../../schema/report";
import type { DataIssue } from "../validation/data-issue";

/** A DataIssue that can also name the CSV line it comes from (1 is the header line). */
export interface ImportIssue extends DataIssue {
  line?: number;
}

/** What an importer hands back: the valid records (as "user" reports) and every problem, never an exception. */
export interface ImportResult {
  reports: Report[];
  /** The first MAX_KEPT_ISSUES problems, in file order. */
  issues: ImportIssue[];
  /** Every problem found, including those not kept in `issues`. */
  issueCount: number;
  /** Records read: CSV data rows, or activities in a JSON file. */
  rowCount: number;
  /** Records that passed every check and can be imported. */
  validCount: number;
  /** Where each valid record starts, by activity id: lets later checks (id clashes) name the CSV line. */
  recordLines: Map<string, number>;
}

export interface ImportProgress {
  phase: "reading" | "parsing" | "validating";
  /** Work done out of `total` (characters for CSV, activities for JSON); total 0 means "unknown". */
  done: number;
  total: number;
}

/**
 * A person reads the first hundred; keeping every issue of a 20 MB file full of errors would only
 * cost memory (and time copying it out of the worker). The count stays exact.
 */
export const MAX_KEPT_ISSUES = 1000;

export class IssueCollector {
  readonly kept: ImportIssue[] = [];
  count = 0;

  add(issue: ImportIssue): void {
    this.count += 1;
    if (this.kept.length < MAX_KEPT_ISSUES) this.kept.push(issue);
  }
}

/** "input.csv:12 sdgs: SDG 19 does not exist; SDGs are 1-17", the form compilers use, for the CLI. */
export function formatImportIssue(issue: ImportIssue): string {
  const place = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const record = issue.recordId && issue.line === undefined ? ` record ${issue.recordId}` : "";
  const field = issue.path ? ` ${issue.path}` : "";
  return `${place}${record}${field}: ${issue.message}`;
}

/** Values go into messages quoted and cut short: a huge cell must not become a huge message. */
export function quoteValue(value: string, max = 40): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value;
  return `"${shown}"`;
}
