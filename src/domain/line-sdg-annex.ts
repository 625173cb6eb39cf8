import { MAIN_LINE_CODES } from "./action-line-codes";
import { facetsOf } from "./activity-facets";
import type { ActivityRecord } from "./activity-record";
import { CROSS_CUTTING } from "./report-structure";

export interface LineSdgAnnex {
  /** C1 … C11, then CROSS_CUTTING. */
  rows: Array<{ line: string; counts: number[]; activities: number }>;
  sdgs: readonly number[];
  /** Activities per SDG, each counted once. */
  sdgTotals: number[];
  /** Activities without an SDG link. */
  withoutSdg: number;
}

/**
 * Activities per main action line and SDG, as the overview's matrix counts them: an activity counts once
 * in every cell of its lines × its SDGs, so rows and columns add up to more than the activities.
 */
export function buildLineSdgAnnex(
  activities: readonly ActivityRecord[],
  sdgs: readonly number[],
): LineSdgAnnex {
  const lines = [...MAIN_LINE_CODES, CROSS_CUTTING];
  const cells = new Map<string, number>();
  const perLine = new Map<string, number>();
  const perSdg = new Map<number, number>();
  let withoutSdg = 0;
  for (const activity of activities) {
    const facets = facetsOf(activity);
    const ownLines = facets.mainLines.length > 0 ? facets.mainLines : [CROSS_CUTTING];
    if (facets.sdgs.length === 0) withoutSdg += 1;
    for (const sdg of facets.sdgs) perSdg.set(sdg, (perSdg.get(sdg) ?? 0) + 1);
    for (const line of ownLines) {
      perLine.set(line, (perLine.get(line) ?? 0) + 1);
      for (const sdg of facets.sdgs) cells.set(`${line}|${sdg}`, (cells.get(`${line}|${sdg}`) ?? 0) + 1);
    }
  }
  return {
    rows: lines.map((line) => ({
      line,
      counts: sdgs.map((sdg) => cells.get(`${line}|${sdg}`) ?? 0),
      activities: perLine.get(line) ?? 0,
    })),
    sdgs,
    sdgTotals: sdgs.map((sdg) => perSdg.get(sdg) ?? 0),
    withoutSdg,
  };
}
