import type { ImportResult } from "./import-result";
import { MAX_KEPT_ISSUES } from "./import-result";

/**
 * Leaves out the records whose id is already shown (shipped data, or another dataset of the user):
 * ids name activities in links (#/activities?activity=A052), so two activities must never share one.
 * `taken` maps an id to who holds it, e.g. "the shipped 2023 report". Runs after parsing, because what is
 * taken depends on the user's choice to add or to replace a year.
 */
export function excludeTakenIds(
  result: ImportResult,
  taken: ReadonlyMap<string, string>,
  file: string,
): ImportResult {
  if (taken.size === 0) return result;
  const extra: ImportResult["issues"] = [];
  let dropped = 0;
  const reports = result.reports.flatMap((report) => {
    const activities = report.activities.filter((activity) => {
      const owner = taken.get(activity.id);
      if (owner === undefined) return true;
      dropped += 1;
      extra.push({
        file,
        line: result.recordLines.get(activity.id),
        recordId: activity.id,
        path: "id",
        message: `id "${activity.id}" is already used by ${owner}; give this record another id`,
      });
      return false;
    });
    return activities.length > 0 ? [{ ...report, activities }] : [];
  });
  if (dropped === 0) return result;
  const issues = [...result.issues, ...extra]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .slice(0, MAX_KEPT_ISSUES);
  return {
    ...result,
    reports,
    issues,
    issueCount: result.issueCount + extra.length,
    validCount: result.validCount - dropped,
  };
}
