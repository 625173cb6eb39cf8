import type { Report } from "../../src/schema/report";

const percent = (part: number, whole: number) => (whole === 0 ? "-" : `${Math.round((part / whole) * 100)}%`);

/** A plain-text coverage table: activities per year and sector, and how many links the sources state. */
export function formatCoverage(reports: readonly Report[], sectorCodes: readonly string[]): string {
  const columns = [...sectorCodes, "none"];
  const header = ["year", "kind", ...columns, "total", "stated sector", "stated lines", "stated SDGs"];
  const rows = reports.map((report) => {
    const activities = report.activities;
    const bySector = columns.map(
      (code) => activities.filter((activity) => (activity.sector?.code ?? "none") === code).length,
    );
    const lines = activities.flatMap((activity) => activity.actionLines);
    const sdgs = activities.flatMap((activity) => activity.sdgs);
    return [
      String(report.meta.year),
      report.meta.kind,
      ...bySector.map(String),
      String(activities.length),
      percent(activities.filter((activity) => activity.sector?.basis === "stated").length, activities.length),
      percent(lines.filter((link) => link.basis === "stated").length, lines.length),
      percent(sdgs.filter((link) => link.basis === "stated").length, sdgs.length),
    ];
  });
  const total = reports.reduce((sum, report) => sum + report.activities.length, 0);
  const widths = header.map((title, index) =>
    Math.max(title.length, ...rows.map((row) => row[index]?.length ?? 0)),
  );
  const format = (cells: readonly string[]) =>
    cells.map((cell, index) => cell.padStart(widths[index] ?? 0)).join("  ");
  return [format(header), ...rows.map(format), `${reports.length} reports, ${total} activities`].join("\n");
}
