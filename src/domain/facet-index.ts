import { MAIN_LINE_CODES, mainLineOf } from "./action-line-codes";
import { NO_SECTOR_CODE } from "./activity-facets";
import type { ActivityRecord } from "./activity-record";
import {
  emptyBitset,
  forEachSetBit,
  fullBitset,
  intersectInto,
  setBit,
  uniteInto,
  type Bitset,
} from "./bitset";
import { searchTermsOf, type TextScores } from "./search-text";
import { loadedTextSearchOf } from "./text-search-loader";
import type { FilterState } from "./filter-state";

/**
 * The loaded activities in columns, built once per dataset: what every filter change counts is read from
 * small typed arrays, and each filter value's matching activities are a bitset built on first use.
 * Records are immutable, so nothing here is ever invalidated; a new dataset gets a new index.
 */
export interface FacetIndex {
  readonly activities: readonly ActivityRecord[];
  /** Sector codes in order of first appearance, NO_SECTOR_CODE included when an activity names no unit. */
  readonly sectorCodes: readonly string[];
  /** Per activity: its position in `sectorCodes`. */
  readonly sectorAt: Uint16Array;
  /** Per activity: its report year. */
  readonly yearAt: Uint16Array;
  /** Per activity: bit i set when it is linked to MAIN_LINE_CODES[i] (directly or through a sub-line). */
  readonly mainLinesAt: Uint16Array;
  /** Per activity: bit n-1 set when it is linked to SDG n. */
  readonly sdgsAt: Uint32Array;
  /** Per activity: 1 when it is linked to no action line at all (cross-cutting). */
  readonly noLinesAt: Uint8Array;
  /** The report years the activities carry, ascending. */
  readonly years: readonly number[];
  /** The earliest and latest report year (0 when there are no activities). */
  readonly firstYear: number;
  readonly lastYear: number;
  /** Every action-line code the activities link to, sub-lines and their main lines included. */
  readonly lineCodes: ReadonlySet<string>;
  /** Bitsets by filter value ("year:2023", "line:C7", ...), filled on first use. */
  readonly bitsetCache: Map<string, Bitset>;
}

export const MAIN_LINE_BIT = new Map(MAIN_LINE_CODES.map((code, bit) => [code, bit]));

export function buildFacetIndex(activities: readonly ActivityRecord[]): FacetIndex {
  const size = activities.length;
  const sectorCodes: string[] = [];
  const sectorPositions = new Map<string, number>();
  // A Set, not Math.min(...years): spreading a large dataset's years into arguments overflows the stack.
  const years = [...new Set(activities.map((activity) => activity.year))].sort((a, b) => a - b);
  const lineCodes = new Set<string>();
  const index: FacetIndex = {
    activities,
    lineCodes,
    years,
    firstYear: years[0] ?? 0,
    lastYear: years.at(-1) ?? 0,
    sectorCodes,
    sectorAt: new Uint16Array(size),
    yearAt: new Uint16Array(size),
    mainLinesAt: new Uint16Array(size),
    sdgsAt: new Uint32Array(size),
    noLinesAt: new Uint8Array(size),
    bitsetCache: new Map(),
  };
  activities.forEach((activity, position) => {
    const sector = activity.sector?.code ?? NO_SECTOR_CODE;
    let sectorPosition = sectorPositions.get(sector);
    if (sectorPosition === undefined) {
      sectorPosition = sectorCodes.push(sector) - 1;
      sectorPositions.set(sector, sectorPosition);
    }
    index.sectorAt[position] = sectorPosition;
    index.yearAt[position] = activity.year;
    let lines = 0;
    for (const link of activity.actionLines) {
      const mainLine = mainLineOf(link.code);
      lineCodes.add(link.code).add(mainLine);
      const bit = MAIN_LINE_BIT.get(mainLine);
      if (bit !== undefined) lines |= 1 << bit;
    }
    index.mainLinesAt[position] = lines;
    index.noLinesAt[position] = activity.actionLines.length === 0 ? 1 : 0;
    let sdgs = 0;
    for (const link of activity.sdgs) sdgs |= 1 << (link.sdg - 1);
    index.sdgsAt[position] = sdgs >>> 0;
  });
  return index;
}

/** The activities matching `matches`, built by one scan the first time the key is asked for. */
function cachedBitset(
  index: FacetIndex,
  key: string,
  matches: (activity: ActivityRecord, position: number) => boolean,
): Bitset {
  let bits = index.bitsetCache.get(key);
  if (bits === undefined) {
    bits = emptyBitset(index.activities.length);
    for (let position = 0; position < index.activities.length; position += 1) {
      const activity = index.activities[position];
      if (activity !== undefined && matches(activity, position)) setBit(bits, position);
    }
    index.bitsetCache.set(key, bits);
  }
  return bits;
}

/**
 * Keeps in `result` the activities matching any of `values` (OR within one dimension); a dimension with
 * no values chosen does not filter.
 */
function keepAnyOf<T>(result: Bitset, values: readonly T[], bitsetOf: (value: T) => Bitset): void {
  if (values.length === 0) return;
  const union = emptyBitset(result.length * 32);
  for (const value of values) uniteInto(union, bitsetOf(value));
  intersectInto(result, union);
}

export const yearBitset = (index: FacetIndex, year: number) =>
  cachedBitset(index, `year:${year}`, (_activity, position) => index.yearAt[position] === year);

export const sectorBitset = (index: FacetIndex, code: string) =>
  cachedBitset(index, `sector:${code}`, (activity) => activity.sector?.code === code);

// Choosing C7 also keeps its sub-lines (C7.e-health ...), as in filterActivities.
export const lineBitset = (index: FacetIndex, line: string) =>
  cachedBitset(index, `line:${line}`, (activity) =>
    activity.actionLines.some((link) => link.code === line || link.code.startsWith(`${line}.`)),
  );

export const sdgBitset = (index: FacetIndex, sdg: number) =>
  cachedBitset(
    index,
    `sdg:${sdg}`,
    (_activity, position) => (((index.sdgsAt[position] ?? 0) >>> (sdg - 1)) & 1) === 1,
  );

/** The latest query's scores per index: text queries change with every keystroke, so only one is kept. */
const latestText = new WeakMap<FacetIndex, { key: string; scores: TextScores; bits: Bitset }>();

function textMatch(index: FacetIndex, query: string) {
  const search = loadedTextSearchOf(index.activities);
  const key = `${search.ready}:${searchTermsOf(query).join(" ")}`;
  const cached = latestText.get(index);
  if (cached?.key === key) return cached;
  const scores = search.search(query);
  const bits = emptyBitset(index.activities.length);
  for (const position of scores.keys()) setBit(bits, position);
  const match = { key, scores, bits };
  latestText.set(index, match);
  return match;
}

/** How well each activity matches the free text (by position in `index.activities`); empty without one. */
export function textScores(index: FacetIndex, query: string): TextScores {
  return searchTermsOf(query).length === 0 ? new Map() : textMatch(index, query).scores;
}

/**
 * The activities matching `filters`, with filterActivities' meaning (AND across dimensions, OR within
 * one), as a bitset over `index.activities`.
 */
export function matchFilters(index: FacetIndex, filters: FilterState): Bitset {
  const result = fullBitset(index.activities.length);
  keepAnyOf(result, filters.years, (year) => yearBitset(index, year));
  keepAnyOf(result, filters.sectors, (code) => sectorBitset(index, code));
  keepAnyOf(result, filters.lines, (line) => lineBitset(index, line));
  keepAnyOf(result, filters.sdgs, (sdg) => sdgBitset(index, sdg));
  if (searchTermsOf(filters.q).length > 0) intersectInto(result, textMatch(index, filters.q).bits);
  return result;
}

/** The matching activities in their loaded order. */
export function selectActivities(index: FacetIndex, matches: Bitset): ActivityRecord[] {
  const selected: ActivityRecord[] = [];
  forEachSetBit(matches, (position) => {
    const activity = index.activities[position];
    if (activity !== undefined) selected.push(activity);
  });
  return selected;
}
