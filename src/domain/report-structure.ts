import type { ActivityRecord } from "./activity-record";
import type { Reference } from "../schema/reference";

/** The group of activities that name no action line: the report's cross-cutting work (WSIS Forum, ...). */
export const CROSS_CUTTING = "cross-cutting";

/** One action line inside a sector, with its sub-lines (C7's e-applications) nested under it. */
export interface LineSection {
  /** "C2", or CROSS_CUTTING. */
  code: string;
  /** Activities whose first action line is this line itself. */
  activities: ActivityRecord[];
  /** Sub-lines of this line with activities, in the reference's order. */
  subLines: Array<{ code: string; activities: ActivityRecord[] }>;
}

/** "C7.e-health" → "C7" (as action-line-codes.ts, kept here so the document's chunk stands alone). */
export const mainLineCode = (code: string): string => code.split(".")[0] ?? code;

export interface SectorSection {
  /** "ITU-R", or undefined for activities whose source names no ITU unit. */
  code: string | undefined;
  lines: LineSection[];
  /** Activities in the sector, once each. */
  count: number;
}

/**
 * The activities as ITU's annual report orders them: by sector (the reference's order, then other codes,
 * then no ITU unit named), within it by WSIS action line (C1 … C11, sub-lines under their line, then
 * cross-cutting work). An activity with several lines is placed once, under its first line, so that every
 * activity appears exactly once; the others are listed with it. Order within a line is the input's.
 */
export function buildReportSections(
  activities: readonly ActivityRecord[],
  reference: Reference,
): SectorSection[] {
  const lineOrder = reference.actionLines.map((line) => line.code);
  const parentOf = (code: string) =>
    reference.actionLines.find((line) => line.code === code)?.parent ?? mainLineCode(code);
  const bySector = new Map<string | undefined, ActivityRecord[]>();
  for (const activity of activities) {
    const code = activity.sector?.code;
    bySector.set(code, [...(bySector.get(code) ?? []), activity]);
  }
  const known: Array<string | undefined> = reference.sectors.map((sector) => sector.code);
  const others = [...bySector.keys()].filter(
    (code): code is string => code !== undefined && !known.includes(code),
  );
  const sectorOrder = [...known, ...others.sort(), undefined];
  return sectorOrder.flatMap((code) => {
    const members = bySector.get(code);
    return members
      ? [{ code, lines: lineSections(members, lineOrder, parentOf), count: members.length }]
      : [];
  });
}

function lineSections(
  activities: readonly ActivityRecord[],
  lineOrder: readonly string[],
  parentOf: (code: string) => string,
): LineSection[] {
  const byLine = new Map<string, ActivityRecord[]>();
  for (const activity of activities) {
    const code = activity.actionLines[0]?.code ?? CROSS_CUTTING;
    byLine.set(code, [...(byLine.get(code) ?? []), activity]);
  }
  const rank = (code: string) => {
    const index = lineOrder.indexOf(code);
    return index === -1 ? lineOrder.length : index;
  };
  const mains = new Set<string>();
  for (const code of byLine.keys()) mains.add(code === CROSS_CUTTING ? code : parentOf(code));
  const ordered = [...mains].sort((a, b) =>
    a === CROSS_CUTTING ? 1 : b === CROSS_CUTTING ? -1 : rank(a) - rank(b) || a.localeCompare(b),
  );
  return ordered.map((main) => ({
    code: main,
    activities: byLine.get(main) ?? [],
    subLines: [...byLine.keys()]
      .filter((code) => code !== main && code !== CROSS_CUTTING && parentOf(code) === main)
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
      .map((code) => ({ code, activities: byLine.get(code) ?? [] })),
  }));
}

/** The activities of the sections in document order: the order in which the document lists them. */
export function activitiesInReportOrder(sections: readonly SectorSection[]): ActivityRecord[] {
  return sections.flatMap((sector) =>
    sector.lines.flatMap((line) => [...line.activities, ...line.subLines.flatMap((sub) => sub.activities)]),
  );
}
