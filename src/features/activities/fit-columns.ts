import type { ACTIVITY_COLUMN_IDS } from "./columns";

type ColumnId = (typeof ACTIVITY_COLUMN_IDS)[number];

/**
 * The columns in the order they give way when the table is narrow (least important first), with the
 * width each needs to stay readable. The title, year and source (the provenance) stay longest.
 */
// The widths are the columns' widths in the stylesheet (.col-*), the summary's the least it reads at.
const GIVE_WAY: ReadonlyArray<[ColumnId, number]> = [
  ["summary", 240],
  ["lines", 144],
  ["sdgs", 160],
  ["sector", 104],
  ["source", 144],
  ["year", 72],
  ["title", 240],
];

/** The columns to hide so that the shown ones fit `width` pixels; the title always stays. */
export function columnsToHide(width: number, hiddenByUser: readonly string[]): ColumnId[] {
  const shown = GIVE_WAY.filter(([id]) => !hiddenByUser.includes(id));
  let needed = shown.reduce((sum, [, min]) => sum + min, 0);
  const hide: ColumnId[] = [];
  for (const [id, min] of shown) {
    if (needed <= width || id === "title") break;
    hide.push(id);
    needed -= min;
  }
  return hide;
}
