import type { ActivityRecord } from "../../domain/activity-record";
import { toCsv, type ExportColumn } from "../../domain/export-rows";
import { kindOfSource } from "../../domain/source-kind";

const EXPORT_COLUMNS: Record<string, ExportColumn<ActivityRecord>> = {
  year: { header: "year", value: (activity) => activity.year },
  sector: { header: "sector", value: (activity) => activity.sector?.code ?? "" },
  lines: {
    header: "action_lines",
    value: (activity) => activity.actionLines.map((link) => link.code).join("; "),
  },
  sdgs: { header: "sdgs", value: (activity) => activity.sdgs.map((link) => link.sdg).join("; ") },
  title: { header: "title", value: (activity) => activity.title },
  summary: { header: "summary", value: (activity) => activity.summary },
  source: {
    header: "sources",
    value: (activity) => activity.sources.map((source) => source.url).join(" | "),
  },
};

/** Columns that travel with a visible column: each source's kind, in the order of the sources. */
const COMPANION_COLUMNS: Record<string, ExportColumn<ActivityRecord>[]> = {
  source: [
    {
      header: "source_kinds",
      value: (activity) => activity.sources.map((source) => kindOfSource(source)).join(" | "),
    },
  ],
};

const ID_COLUMN: ExportColumn<ActivityRecord> = { header: "id", value: (activity) => activity.id };

/** The rows as shown: same order, same visible columns (plus the id, which makes a row findable again). */
export function activitiesToCsv(
  rows: readonly ActivityRecord[],
  visibleColumnIds: readonly string[],
): string {
  const columns = visibleColumnIds.flatMap((id) =>
    EXPORT_COLUMNS[id] ? [EXPORT_COLUMNS[id], ...(COMPANION_COLUMNS[id] ?? [])] : [],
  );
  return toCsv(rows, [ID_COLUMN, ...columns]);
}

/** JSON keeps every field, with each link's basis and each source's kind: the full record, in table order. */
export function activitiesToJson(rows: readonly ActivityRecord[]): string {
  const withKinds = rows.map((row) => ({
    ...row,
    sources: row.sources.map((source) => ({ ...source, kind: kindOfSource(source) })),
  }));
  return `${JSON.stringify(withKinds, null, 2)}\n`;
}
