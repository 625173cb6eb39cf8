import { FORMAT_VERSION } from "../../schema/common";
import { ReportMetaSchema, type ReportMeta } from "../../schema/report";
import { formatFieldPath } from "../validation/data-issue";
import type { ImportIssue } from "./import-result";
import { quoteValue } from "./import-result";

/** One report of the file, with where it sits ("" for a single report, "reports[2]." in a bundle). */
export interface EnvelopeReport {
  prefix: string;
  /** Undefined when meta is invalid: its activities are still checked, but none is kept. */
  meta: ReportMeta | undefined;
  activities: unknown[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const SHAPES =
  'a report ({"formatVersion": 1, "meta": …, "activities": […]}) or a bundle ({"formatVersion": 1, "reports": […]})';

function checkVersion(
  value: Record<string, unknown>,
  file: string,
  path: string,
  issues: ImportIssue[],
): boolean {
  const version = value.formatVersion;
  if (version === FORMAT_VERSION) return true;
  issues.push({
    file,
    path: `${path}formatVersion`,
    message:
      version === undefined
        ? `formatVersion is missing; files of format v1 start with "formatVersion": 1`
        : `formatVersion must be 1; this file says ${quoteValue(JSON.stringify(version) ?? "")}`,
  });
  return false;
}

function checkKeys(
  value: Record<string, unknown>,
  allowed: readonly string[],
  file: string,
  path: string,
  issues: ImportIssue[],
) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key))
      issues.push({ file, path: `${path}${key.slice(0, 40)}`, message: "unknown field; it is ignored" });
  }
}

function readReport(
  value: unknown,
  prefix: string,
  file: string,
  issues: ImportIssue[],
): EnvelopeReport | undefined {
  if (!isObject(value)) {
    issues.push({
      file,
      path: prefix.replace(/\.$/, ""),
      message: `expected a report object, found ${typeof value}`,
    });
    return undefined;
  }
  const versionOk = checkVersion(value, file, prefix, issues);
  checkKeys(value, ["formatVersion", "meta", "activities"], file, prefix, issues);
  const meta = ReportMetaSchema.safeParse(value.meta);
  if (!meta.success) {
    meta.error.issues.forEach((issue) =>
      issues.push({
        file,
        path: `${prefix}meta${issue.path.length ? "." : ""}${formatFieldPath(issue.path)}`,
        message: issue.message,
      }),
    );
  }
  if (!Array.isArray(value.activities)) {
    issues.push({ file, path: `${prefix}activities`, message: "activities must be a list ([…])" });
    return undefined;
  }
  return { prefix, meta: meta.success && versionOk ? meta.data : undefined, activities: value.activities };
}

/** The file's shape: a report or a bundle of reports, each with a checked meta block. */
export function readJsonEnvelope(
  data: unknown,
  file: string,
): { reports: EnvelopeReport[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  if (!isObject(data)) {
    issues.push({ file, path: "", message: `expected ${SHAPES}` });
    return { reports: [], issues };
  }
  if (!("reports" in data)) {
    const report = readReport(data, "", file, issues);
    return { reports: report ? [report] : [], issues };
  }
  const versionOk = checkVersion(data, file, "", issues);
  checkKeys(data, ["formatVersion", "reports"], file, "", issues);
  if (!Array.isArray(data.reports) || data.reports.length === 0) {
    issues.push({ file, path: "reports", message: "reports must be a list of at least one report" });
    return { reports: [], issues };
  }
  const reports = data.reports.flatMap((value, index) => {
    const report = readReport(value, `reports[${index}].`, file, issues);
    if (!report) return [];
    return [versionOk ? report : { ...report, meta: undefined }];
  });
  return { reports, issues };
}
