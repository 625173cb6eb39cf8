import type { ManifestEntry } from "../schema/manifest";
import type { Reference } from "../schema/reference";
import type { Report } from "../schema/report";
import { DataFileError } from "./fetch-data-file";
import type { UserDataState } from "./user-datasets/merge-user-datasets";
import type { DataIssue } from "./validation/data-issue";
import { crossCheckReport } from "./validation/cross-check-report";

export interface ReportFailure {
  entry: ManifestEntry;
  issues: DataIssue[];
}

/** How one report's load ended: its schema-checked data, or why it failed. */
export interface ReportResult {
  data?: Report;
  error: unknown;
}

/** No user datasets: what an embed, which shows the published data only, always has. */
export const NO_USER_DATA: UserDataState = { datasets: [], issues: [], replacedYears: [] };

export const isNetworkError = (error: unknown) => error instanceof DataFileError && error.network;

export function issuesOf(error: unknown, file: string): DataIssue[] {
  if (error instanceof DataFileError) return error.issues;
  const message = error instanceof Error ? error.message : String(error);
  return [{ file, path: "", message: `could not be loaded (${message})` }];
}

/**
 * The reports that can be shown, once every one is in, and the ones that cannot, with their issues: the
 * schema was checked as each loaded; what is left needs reference.json, and costs no download. One bad
 * report never hides the rest.
 */
export function settleReports(
  entries: readonly ManifestEntry[],
  results: readonly ReportResult[],
  reference: Reference,
): { loaded: Report[]; failures: ReportFailure[] } {
  const loaded: Report[] = [];
  const failures: ReportFailure[] = [];
  entries.forEach((entry, index) => {
    const file = `data/${entry.path}`;
    const { data, error } = results[index] ?? { error: undefined };
    if (error) failures.push({ entry, issues: issuesOf(error, file) });
    if (!data) return;
    const issues = crossCheckReport(data, reference, file, entry.year);
    if (issues.length === 0) loaded.push(data);
    else failures.push({ entry, issues });
  });
  return { loaded, failures };
}
