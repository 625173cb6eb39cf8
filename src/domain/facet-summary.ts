import { MAIN_LINE_CODES } from "./action-line-codes";
import type { Bitset } from "./bitset";
import { NO_SECTOR_CODE } from "./activity-facets";
import type { FacetIndex } from "./facet-index";

/**
 * Every count the overview draws, for one set of matching activities. Keys and meaning are those of
 * count-by.ts and aggregate.ts (which stay the readable definition); absent keys mean zero.
 */
export interface FacetSummary {
  total: number;
  bySector: Map<string, number>;
  bySdg: Map<number, number>;
  byMainLine: Map<string, number>;
  /** "C2|ITU-D" → count. */
  byMainLineAndSector: Map<string, number>;
  /** "C2|9" → count. */
  byMainLineAndSdg: Map<string, number>;
  /** "2023|ITU-D" → count. */
  byYearAndSector: Map<string, number>;
  /** "2023|C2" → count (an activity counts once in each main line it is linked to). */
  byYearAndMainLine: Map<string, number>;
  /** "2023|9" → count. */
  byYearAndSdg: Map<string, number>;
  /** Activities linked to no action line. */
  crossCutting: number;
  withoutSdg: number;
}

const SDG_SLOTS = 17;
const LINE_SLOTS = MAIN_LINE_CODES.length;

/** One pass over the matching activities, tallying into flat typed arrays; maps are built at the end. */
export function summarizeMatches(index: FacetIndex, matches: Bitset): FacetSummary {
  const sectorSlots = index.sectorCodes.length;
  const yearSlots = index.activities.length === 0 ? 0 : index.lastYear - index.firstYear + 1;
  const bySector = new Uint32Array(sectorSlots);
  const bySdg = new Uint32Array(SDG_SLOTS);
  const byLine = new Uint32Array(LINE_SLOTS);
  const byLineAndSector = new Uint32Array(LINE_SLOTS * sectorSlots);
  const byLineAndSdg = new Uint32Array(LINE_SLOTS * SDG_SLOTS);
  const byYearAndSector = new Uint32Array(yearSlots * sectorSlots);
  const byYearAndLine = new Uint32Array(yearSlots * LINE_SLOTS);
  const byYearAndSdg = new Uint32Array(yearSlots * SDG_SLOTS);
  let total = 0;
  let crossCutting = 0;
  let withoutSdg = 0;

  // Hand-inlined loops (no callbacks per activity): this runs over up to every activity at each filter change.
  for (let word = 0; word < matches.length; word += 1) {
    let pending = matches[word] ?? 0;
    while (pending !== 0) {
      const lowest = pending & -pending;
      pending ^= lowest;
      const position = word * 32 + (31 - Math.clz32(lowest));
      const sector = index.sectorAt[position] ?? 0;
      const sdgs = index.sdgsAt[position] ?? 0;
      total += 1;
      bySector[sector] = (bySector[sector] ?? 0) + 1;
      const yearSlot = (index.yearAt[position] ?? 0) - index.firstYear;
      const yearCell = yearSlot * sectorSlots + sector;
      byYearAndSector[yearCell] = (byYearAndSector[yearCell] ?? 0) + 1;
      if (index.noLinesAt[position] === 1) crossCutting += 1;
      if (sdgs === 0) withoutSdg += 1;
      for (let sdg = 0; sdg < SDG_SLOTS; sdg += 1) {
        if ((sdgs >>> sdg) & 1) {
          bySdg[sdg] = (bySdg[sdg] ?? 0) + 1;
          const yearSdg = yearSlot * SDG_SLOTS + sdg;
          byYearAndSdg[yearSdg] = (byYearAndSdg[yearSdg] ?? 0) + 1;
        }
      }
      let lines = index.mainLinesAt[position] ?? 0;
      while (lines !== 0) {
        const lineBit = lines & -lines;
        lines ^= lineBit;
        const line = 31 - Math.clz32(lineBit);
        byLine[line] = (byLine[line] ?? 0) + 1;
        const yearLine = yearSlot * LINE_SLOTS + line;
        byYearAndLine[yearLine] = (byYearAndLine[yearLine] ?? 0) + 1;
        const lineSector = line * sectorSlots + sector;
        byLineAndSector[lineSector] = (byLineAndSector[lineSector] ?? 0) + 1;
        let pairs = sdgs;
        while (pairs !== 0) {
          const sdgBit = pairs & -pairs;
          pairs ^= sdgBit;
          const lineSdg = line * SDG_SLOTS + (31 - Math.clz32(sdgBit));
          byLineAndSdg[lineSdg] = (byLineAndSdg[lineSdg] ?? 0) + 1;
        }
      }
    }
  }

  const nonZero = <K>(entries: Array<[K, number]>) => new Map(entries.filter(([, count]) => count > 0));
  const sectorCode = (slot: number) => index.sectorCodes[slot] ?? NO_SECTOR_CODE;
  const lineCode = (slot: number) => MAIN_LINE_CODES[slot] ?? "";
  const grid = (cells: Uint32Array, columns: number, keyOf: (row: number, column: number) => string) =>
    nonZero([...cells].map((count, cell) => [keyOf(Math.floor(cell / columns), cell % columns), count]));

  return {
    total,
    bySector: nonZero([...bySector].map((count, slot) => [sectorCode(slot), count])),
    bySdg: nonZero([...bySdg].map((count, slot) => [slot + 1, count])),
    byMainLine: nonZero([...byLine].map((count, slot) => [lineCode(slot), count])),
    byMainLineAndSector: grid(
      byLineAndSector,
      sectorSlots,
      (line, sector) => `${lineCode(line)}|${sectorCode(sector)}`,
    ),
    byMainLineAndSdg: grid(byLineAndSdg, SDG_SLOTS, (line, sdg) => `${lineCode(line)}|${sdg + 1}`),
    byYearAndSector: grid(
      byYearAndSector,
      sectorSlots,
      (year, sector) => `${index.firstYear + year}|${sectorCode(sector)}`,
    ),
    byYearAndMainLine: grid(
      byYearAndLine,
      LINE_SLOTS,
      (year, line) => `${index.firstYear + year}|${lineCode(line)}`,
    ),
    byYearAndSdg: grid(byYearAndSdg, SDG_SLOTS, (year, sdg) => `${index.firstYear + year}|${sdg + 1}`),
    crossCutting,
    withoutSdg,
  };
}
