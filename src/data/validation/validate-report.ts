import type { Reference } from "../../schema/reference";
import { ReportSchema, type Report } from "../../schema/report";
import { crossCheckReport } from "./cross-check-report";
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
  const issues = crossCheckReport(parsed.value, reference, file, expectedYear);
  return issues.length > 0 ? { ok: false, issues } : parsed;
}
