import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import { checkReportCodes } from "./check-report-codes";
import type { DataIssue } from "./data-issue";

/**
 * The checks of a schema-valid report against reference.json and its file name, run once both are in.
 */
export function crossCheckReport(
  report: Report,
  reference: Reference,
  file: string,
  expectedYear?: number,
): DataIssue[] {
  const issues = checkReportCodes(report, reference, file);
  if (expectedYear !== undefined && report.meta.year !== expectedYear) {
    issues.unshift({
      file,
      path: "meta.year",
      message: `the file name says ${expectedYear} but meta.year is ${report.meta.year}`,
    });
  }
  return issues;
}
