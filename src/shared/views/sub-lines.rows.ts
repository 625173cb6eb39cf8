import { countIntersection, emptyBitset, uniteInto, type Bitset } from "../../domain/bitset";
import { lineBitset, type FacetIndex } from "../../domain/facet-index";
import type { FilterState } from "../../domain/filter-state";
import type { Reference } from "../../schema/reference";
import type { CountRow } from "./chart-rows";
import { lineColor } from "./line-colors";

/** The bars of the chart by sub-line of one main line (C7's e-government, e-health ...). */
export interface SubLineCounts {
  rows: CountRow[];
  /** Matching activities linked to the main line itself but to none of its sub-lines. */
  withoutSubLine: number;
}

/**
 * Each sub-line of `parent` in the reference's order, counting the matching activities linked to it:
 * an activity on several sub-lines counts once under each, as on the chart by action line.
 */
export function subLineCounts(
  index: FacetIndex,
  matches: Bitset,
  reference: Reference,
  filters: FilterState,
  parent = "C7",
): SubLineCounts {
  const subLines = reference.actionLines.filter((line) => line.parent === parent);
  const anySubLine = emptyBitset(index.activities.length);
  const rows = subLines.map((line) => {
    const linked = lineBitset(index, line.code);
    uniteInto(anySubLine, linked);
    return {
      value: line.code,
      label: line.title,
      count: countIntersection(linked, matches),
      color: lineColor(parent),
      selected: filters.lines.includes(line.code),
    };
  });
  const onParent = countIntersection(lineBitset(index, parent), matches);
  return { rows, withoutSubLine: onParent - countIntersection(anySubLine, matches) };
}
