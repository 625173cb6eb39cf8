import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import type { DataIssue } from "./data-issue";

/**
 * What the schema alone cannot see: codes that must exist in reference.json, ids unique within the file,
 * and "matrix" SDG links that the WSIS-SDG matrix really implies for the activity's action lines.
 */
export function checkReportCodes(report: Report, reference: Reference, file: string): DataIssue[] {
  const sectors = new Set(reference.sectors.map((sector) => sector.code));
  const actionLines = new Set(reference.actionLines.map((line) => line.code));
  const matrix = new Map(
    reference.matrix.entries.map((entry) => [entry.actionLine, new Set(entry.recommendedSdgs)]),
  );
  const seenIds = new Set<string>();
  const issues: DataIssue[] = [];

  for (const activity of report.activities) {
    const at = (path: string, message: string) => issues.push({ file, recordId: activity.id, path, message });
    if (seenIds.has(activity.id)) at("id", `duplicate id "${activity.id}" in this file`);
    seenIds.add(activity.id);

    if (activity.sector && !sectors.has(activity.sector.code)) {
      at("sector.code", `unknown sector "${activity.sector.code}"; known: ${[...sectors].join(", ")}`);
    }
    activity.actionLines.forEach((link, index) => {
      if (!actionLines.has(link.code)) at(`actionLines[${index}].code`, `unknown action line "${link.code}"`);
      if (link.basis === "matrix") {
        at(
          `actionLines[${index}].basis`,
          'action lines are "stated" or "assigned"; "matrix" applies to SDGs only',
        );
      }
    });
    activity.sdgs.forEach((link, index) => {
      if (link.basis !== "matrix") return;
      const implied = activity.actionLines.some((line) => matrix.get(line.code)?.has(link.sdg));
      if (!implied) {
        at(
          `sdgs[${index}]`,
          `SDG ${link.sdg} is marked "matrix" but the WSIS-SDG matrix does not link it to ${
            activity.actionLines.map((line) => line.code).join(", ") || "an activity without action lines"
          }`,
        );
      }
    });
  }
  return issues;
}
