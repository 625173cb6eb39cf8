import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import type { DataIssue } from "../validation/data-issue";
import { validateReport } from "../validation/validate-report";
import { StoredUserDatasetSchema, type UserDatasetSummary } from "./user-dataset";

export interface UserDataState {
  datasets: UserDatasetSummary[];
  /** Problems with stored datasets: unreadable records, reports that no longer validate, id clashes. */
  issues: DataIssue[];
  /** Shipped years hidden because a user dataset replaces them. */
  replacedYears: number[];
  /** Storage keys of records that cannot be read at all: each gets its own Remove. */
  unreadable?: Array<{ key: string; number: number }>;
}

export const NO_USER_DATA: UserDataState = { datasets: [], issues: [], replacedYears: [] };

/** Who holds each id of the shipped reports still shown, e.g. "the shipped 2023 report". */
export function shippedIdOwners(
  shipped: readonly Report[],
  hiddenYears: ReadonlySet<number>,
): Map<string, string> {
  const owners = new Map<string, string>();
  for (const report of shipped) {
    if (hiddenYears.has(report.meta.year)) continue;
    for (const activity of report.activities)
      owners.set(activity.id, `the shipped ${report.meta.year} report`);
  }
  return owners;
}

/**
 * Adds the user's datasets to the shipped reports: each stored report is validated again (reference.json
 * may have changed since the import), forced to kind "user", and loses any activity whose id is already
 * shown; datasets imported with "replace" hide the shipped reports of their years. Reports come out
 * ordered by year, shipped before user data within a year.
 */
export function mergeUserDatasets(
  shipped: readonly Report[],
  stored: readonly unknown[],
  reference: Reference,
  keys?: readonly string[],
): { reports: Report[]; userData: UserDataState } {
  // Nothing stored: the shipped reports as they are, so that the app behaves exactly as without this.
  if (stored.length === 0) return { reports: [...shipped], userData: NO_USER_DATA };
  const issues: DataIssue[] = [];
  const unreadable: Array<{ key: string; number: number }> = [];
  const envelopes = stored.flatMap((record, index) => {
    const parsed = StoredUserDatasetSchema.safeParse(record);
    if (parsed.success) return [parsed.data];
    issues.push({
      file: `saved dataset ${index + 1}`,
      path: "",
      message: "could not be read; remove it under Load data, then load the file again",
    });
    const key = keys?.[index];
    if (key !== undefined) unreadable.push({ key, number: index + 1 });
    return [];
  });
  envelopes.sort((a, b) => a.importedAt.localeCompare(b.importedAt));

  const checked = envelopes.map((envelope) => ({
    envelope,
    reports: envelope.reports.flatMap((input) => {
      const result = validateReport(input, reference, envelope.label);
      if (result.ok) return [{ ...result.value, meta: { ...result.value.meta, kind: "user" as const } }];
      issues.push(...result.issues);
      return [];
    }),
  }));
  const shippedYears = new Set(shipped.map((report) => report.meta.year));
  const replaced = new Set(
    checked
      .filter(({ envelope }) => envelope.mode === "replace")
      .flatMap(({ reports }) => reports.map((report) => report.meta.year))
      .filter((year) => shippedYears.has(year)),
  );
  const owners = shippedIdOwners(shipped, replaced);

  const userReports: Report[] = [];
  const datasets: UserDatasetSummary[] = checked.map(({ envelope, reports }) => {
    let activityCount = 0;
    for (const report of reports) {
      const activities = report.activities.filter((activity) => {
        const owner = owners.get(activity.id);
        if (owner === undefined) return true;
        issues.push({
          file: envelope.label,
          recordId: activity.id,
          path: "id",
          message: `left out: the id is already used by ${owner}; remove this dataset and load it again with other ids`,
        });
        return false;
      });
      activities.forEach((activity) => owners.set(activity.id, `your dataset ${envelope.label}`));
      activityCount += activities.length;
      if (activities.length > 0) userReports.push({ ...report, activities });
    }
    const { id, label, source, importedAt, mode } = envelope;
    const years = [...new Set(reports.map((report) => report.meta.year))].sort((a, b) => a - b);
    return { id, label, source, importedAt, mode, years, activityCount };
  });

  const reports = [...shipped.filter((report) => !replaced.has(report.meta.year)), ...userReports];
  // Stable: shipped reports keep their manifest order and come before user data of the same year.
  reports.sort((a, b) => a.meta.year - b.meta.year);
  return {
    reports,
    userData: { datasets, issues, replacedYears: [...replaced].sort((a, b) => a - b), unreadable },
  };
}
