import type { ActivityRecord } from "./activity-record";
import { CROSS_CUTTING, mainLineCode } from "./report-structure";

/** An activity's main action lines and SDGs, each once. */
function facetsOf(activity: ActivityRecord) {
  return {
    mainLines: [...new Set(activity.actionLines.map((link) => mainLineCode(link.code)))],
    sdgs: [...new Set(activity.sdgs.map((link) => link.sdg))],
  };
}

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
  mainLines: readonly string[],
  sdgs: readonly number[],
): LineSdgAnnex {
  const lines = [...mainLines, CROSS_CUTTING];
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

/** How many sectors, main action lines and SDGs the activities cover, as the overview's tiles count them. */
export function coverageOf(activities: readonly ActivityRecord[]) {
  const sectors = new Set<string>();
  const lines = new Set<string>();
  const sdgs = new Set<number>();
  for (const activity of activities) {
    const facets = facetsOf(activity);
    if (activity.sector) sectors.add(activity.sector.code);
    for (const line of facets.mainLines) lines.add(line);
    for (const sdg of facets.sdgs) sdgs.add(sdg);
  }
  return { activities: activities.length, sectors: sectors.size, actionLines: lines.size, sdgs: sdgs.size };
}
