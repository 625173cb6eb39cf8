import type { ActivityRecord } from "../../domain/activity-record";
import { toCsv, type ExportColumn } from "../../domain/export-rows";
import { CSV_COLUMN_NAMES, LIST_SEPARATOR } from "../../data/import/csv-template";
import { kindOfSource } from "../../domain/source-kind";

const list = (items: readonly (string | number)[]) => items.join(`${LIST_SEPARATOR} `);

// The import drops one "'" before a formula character (the export's spreadsheet guard writes it), so
// text that really starts that way gets one more, and every text loads back as it was.
const keepQuote = (text: string) => (/^'+[=+\-@]/.test(text) ? `'${text}` : text);

/**
 * Every column of the import template, under the template's names, so that an exported file loads back
 * with "Load data"; a list cell and its basis cell have one item per link, in the same order.
 */
const TEMPLATE_VALUES: Record<string, (activity: ActivityRecord) => string | number> = {
  id: (activity) => activity.id,
  key: (activity) => activity.key,
  year: (activity) => activity.year,
  sector: (activity) => activity.sector?.code ?? "",
  sector_basis: (activity) => activity.sector?.basis ?? "",
  action_lines: (activity) => list(activity.actionLines.map((link) => link.code)),
  action_line_basis: (activity) => list(activity.actionLines.map((link) => link.basis)),
  sdgs: (activity) => list(activity.sdgs.map((link) => link.sdg)),
  sdg_basis: (activity) => list(activity.sdgs.map((link) => link.basis)),
  title: (activity) => keepQuote(activity.title),
  summary: (activity) => keepQuote(activity.summary),
  figures: (activity) => keepQuote(list((activity.figures ?? []).map((figure) => figure.label))),
  // The template separates addresses with ";", so one inside an address is written as %3B.
  source_urls: (activity) => list(activity.sources.map((source) => source.url.replaceAll(";", "%3B"))),
  // One kind per address once any source states one (the template wants all or none); a source
  // without one gets its site's kind, the one the UI shows.
  source_kinds: (activity) =>
    activity.sources.some((source) => source.kind)
      ? list(activity.sources.map((source) => kindOfSource(source)))
      : "",
  notes: (activity) => keepQuote(activity.notes ?? ""),
};

export const ACTIVITY_CSV_COLUMNS: readonly ExportColumn<ActivityRecord>[] = CSV_COLUMN_NAMES.map((name) => ({
  header: name,
  value: TEMPLATE_VALUES[name] ?? (() => ""),
}));

/** The rows as shown (same order), with every field the template can carry, whatever columns are shown. */
export function activitiesToCsv(rows: readonly ActivityRecord[]): string {
  return toCsv(rows, ACTIVITY_CSV_COLUMNS);
}

/** JSON keeps every field, with each link's basis and each source's kind: the full record, in table order. */
export function activitiesToJson(rows: readonly ActivityRecord[]): string {
  const withKinds = rows.map((row) => ({
    ...row,
    sources: row.sources.map((source) => ({ ...source, kind: kindOfSource(source) })),
  }));
  return `${JSON.stringify(withKinds, null, 2)}\n`;
}
