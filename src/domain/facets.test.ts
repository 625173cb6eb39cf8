import { describe, expect, it } from "vitest";
import { makeActivity } from "../../tests/fixtures/dataset";
import type { ActivityRecord } from "./activity-record";
import { computeFacetCounts } from "./facets";
import { EMPTY_FILTERS } from "./filter-state";

const record = (year: number, activity: Parameters<typeof makeActivity>[0]): ActivityRecord => ({
  ...makeActivity(activity),
  year,
  reportKind: "compiled",
});
const activities = [
  record(2022, { id: "a", sdgs: [{ sdg: 5, basis: "stated" }] }),
  record(2023, {
    id: "b",
    sdgs: [{ sdg: 9, basis: "matrix" }],
    actionLines: [{ code: "C7.e-health", basis: "assigned" }],
  }),
  record(2023, { id: "c", sector: { code: "GS", basis: "stated" }, sdgs: [{ sdg: 9, basis: "matrix" }] }),
];

describe("computeFacetCounts", () => {
  it("counts each option over the activities that match the other dimensions", () => {
    const facets = computeFacetCounts(activities, { ...EMPTY_FILTERS, sdgs: [9] });
    // The SDG facet ignores the SDG filter itself, so SDG 5 still shows what adding it would bring.
    expect(Object.fromEntries(facets.sdgs)).toEqual({ 5: 1, 9: 2 });
    expect(Object.fromEntries(facets.years)).toEqual({ 2023: 2 });
    expect(Object.fromEntries(facets.sectors)).toEqual({ "ITU-D": 1, GS: 1 });
    expect(facets.lines.get("C7")).toBe(1);
    expect(facets.lines.get("C7.e-health")).toBe(1);
  });
});
