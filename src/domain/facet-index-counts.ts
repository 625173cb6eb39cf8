import { countIntersection, type Bitset } from "./bitset";
import { NO_SECTOR_CODE } from "./activity-facets";
import {
  lineBitset,
  matchFilters,
  sdgBitset,
  sectorBitset,
  yearBitset,
  type FacetIndex,
} from "./facet-index";
import type { FacetCounts } from "./facets";
import type { FilterState } from "./filter-state";

const SDG_NUMBERS = Array.from({ length: 17 }, (_, index) => index + 1);

/** Counts of the options whose count is above zero, as computeFacetCounts' maps hold them. */
function countsOf<K>(options: Iterable<K>, within: Bitset, bitsetOf: (option: K) => Bitset): Map<K, number> {
  const counts = new Map<K, number>();
  for (const option of options) {
    const count = countIntersection(within, bitsetOf(option));
    if (count > 0) counts.set(option, count);
  }
  return counts;
}

/**
 * computeFacetCounts (facets.ts, the readable definition) read from the index: each dimension's options
 * counted over the activities matching every other dimension, by intersecting cached bitsets.
 */
export function facetCountsFromIndex(index: FacetIndex, filters: FilterState): FacetCounts {
  const without = (key: keyof FilterState) =>
    matchFilters(index, { ...filters, [key]: key === "q" ? "" : [] });
  const sectors = index.sectorCodes.filter((code) => code !== NO_SECTOR_CODE);
  return {
    years: countsOf(index.years, without("years"), (year) => yearBitset(index, year)),
    sectors: countsOf(sectors, without("sectors"), (code) => sectorBitset(index, code)),
    lines: countsOf(index.lineCodes, without("lines"), (code) => lineBitset(index, code)),
    sdgs: countsOf(SDG_NUMBERS, without("sdgs"), (sdg) => sdgBitset(index, sdg)),
  };
}
