/**
 * Coding the dossier leaves to the import: the topic rule a row's notes name, the matrix SDGs of a row
 * whose source states none, and links a later source upgrades.
 */
import type { Reference } from "../../src/schema/reference";

/** "Rule ... would assign C6": the line the documented topic rule gives a row left without one. */
export function ruleLineFromNotes(notes: string): string | undefined {
  return /\brule\b[^.]*?\bwould assign (C(?:[1-9]|1[01])(?:\.[a-z][a-z-]*)?)\b/i.exec(notes)?.[1];
}

/** The matrix's recommended SDGs for these lines, as for the dossier's own `matrix` rows (never generic C7). */
export function matrixSdgsOf(codes: readonly string[], reference: Reference): number[] {
  const entries = reference.matrix.entries.filter((e) => codes.includes(e.actionLine) && !e.derived);
  return [...new Set(entries.flatMap((e) => e.recommendedSdgs))].sort((a, b) => a - b);
}

export interface StatedUpgrade {
  /** The lines the later source states. */
  codes: readonly string[];
  url: string;
  note: string;
}

/** Links a source found after the row was written states outright (SOURCES.md, "Extension 3"). */
export const STATED_UPGRADES: Readonly<Record<string, StatedUpgrade>> = {
  A036: {
    codes: ["C2"],
    url: "https://www.itu.int/en/osg/speeches/Pages/2013-06-04.aspx",
    note: "ITU Secretary-General at CSTD-16, 4 June 2013: the Connect Summits serve WSIS Action Line C2",
  },
};
