import type { Reference } from "../../schema/reference";
import { ReportSchema, type Report } from "../../schema/report";
import { checkReportCodes } from "./check-report-codes";
import { parseDataFile, type Parsed } from "./parse-data-file";

/** Schema first, then the cross-checks against reference.json; any issue fails the whole report. */
export function validateReport(
  input: unknown,
  reference: Reference,
  file: string,
  expectedYear?: number,
): Parsed<Report> {
  const parsed = parseDataFile(ReportSchema, input, file);
  if (!parsed.ok) return parsed;
  const issues = checkReportCodes(parsed.value, reference, file);
  if (expectedYear !== undefined && parsed.value.meta.year !== expectedYear) {
    issues.unshift({
      file,
      path: "meta.year",
      message: `the file name says ${expectedYear} but meta.year is ${parsed.value.meta.year}`,
    });
  }
  return issues.length > 0 ? { ok: false, issues } : parsed;
}
