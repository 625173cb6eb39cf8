import { describe, expect, it } from "vitest";
import { makeActivity, makeReference } from "../../../tests/fixtures/dataset";
import type { ActivityRecord } from "../../domain/activity-record";
import { buildFacetIndex, matchFilters } from "../../domain/facet-index";
import { EMPTY_FILTERS } from "../../domain/filter-state";
import { buildBarOption } from "./bar.option";
import { subLineCounts } from "./sub-lines.rows";

const reference = makeReference();
const record = (id: string, codes: readonly string[], year = 2023): ActivityRecord => ({
  ...makeActivity({ id, actionLines: codes.map((code) => ({ code, basis: "stated" as const })) }),
  year,
  reportKind: "compiled",
});
const index = buildFacetIndex([
  record("health", ["C7.e-health"]),
  record("both", ["C7.e-health", "C7.e-learning", "C2"]),
  record("c7", ["C7"]),
  record("c2", ["C2"], 2022),
]);

describe("the chart by C7 sub-line", () => {
  it("counts each sub-line's activities, an activity on two sub-lines under both, in the reference's order", () => {
    const { rows, withoutSubLine } = subLineCounts(
      index,
      matchFilters(index, EMPTY_FILTERS),
      reference,
      EMPTY_FILTERS,
    );
    expect(rows.map((row) => [row.value, row.label, row.count])).toEqual([
      ["C7.e-health", "E-health", 2],
      ["C7.e-learning", "E-learning", 1],
    ]);
    // "c7" names C7 itself and no sub-line.
    expect(withoutSubLine).toBe(1);
  });

  it("counts only the matching activities and marks the sub-lines the filters chose", () => {
    const filters = { ...EMPTY_FILTERS, lines: ["C7.e-learning"] };
    const { rows, withoutSubLine } = subLineCounts(index, matchFilters(index, filters), reference, filters);
    expect(rows.map((row) => [row.count, row.selected])).toEqual([
      [1, false],
      [1, true],
    ]);
    expect(withoutSubLine).toBe(0);
  });

  it("counts nothing in a year without C7 work", () => {
    const filters = { ...EMPTY_FILTERS, years: [2022] };
    const { rows, withoutSubLine } = subLineCounts(index, matchFilters(index, filters), reference, filters);
    expect(rows.map((row) => row.count)).toEqual([0, 0]);
    expect(withoutSubLine).toBe(0);
  });

  it("draws as a bar per sub-line with its count", () => {
    const { rows } = subLineCounts(index, matchFilters(index, EMPTY_FILTERS), reference, EMPTY_FILTERS);
    const option = buildBarOption(rows, "Activities");
    const yAxis = option.yAxis as { data: string[] };
    const [series] = option.series as Array<{ data: Array<{ value: number; filterValue: string }> }>;
    expect(yAxis.data).toEqual(["E-health", "E-learning"]);
    expect(series?.data.map((bar) => [bar.filterValue, bar.value])).toEqual([
      ["C7.e-health", 2],
      ["C7.e-learning", 1],
    ]);
  });
});
