import { describe, expect, it } from "vitest";
import { makeActivity } from "../../tests/fixtures/dataset";
import type { ActivityRecord } from "./activity-record";
import {
  countByMainLine,
  countByMainLineAndSdg,
  countByMainLineAndSector,
  countByYearAndSector,
  yearSpan,
} from "./aggregate";
import { NO_SECTOR, countBySdg, countBySector } from "./count-by";

const record = (year: number, activity: Parameters<typeof makeActivity>[0]): ActivityRecord => ({
  ...makeActivity(activity),
  year,
  reportKind: "compiled",
});

const activities = [
  record(2022, {
    id: "multi",
    actionLines: [
      { code: "C2", basis: "assigned" },
      { code: "C7.e-health", basis: "assigned" },
      { code: "C7.e-learning", basis: "assigned" },
    ],
    sdgs: [
      { sdg: 1, basis: "matrix" },
      { sdg: 9, basis: "matrix" },
      { sdg: 9, basis: "stated" },
    ],
  }),
  record(2023, {
    id: "plain",
    actionLines: [{ code: "C2", basis: "stated" }],
    sdgs: [{ sdg: 9, basis: "matrix" }],
  }),
  record(2023, { id: "cross-cutting", sector: undefined, actionLines: [], sdgs: [] }),
];

describe("counting multi-valued links", () => {
  it("counts an activity once under each of its SDGs, and once only per SDG", () => {
    expect(Object.fromEntries(countBySdg(activities))).toEqual({ 1: 1, 9: 2 });
  });

  it("rolls C7 sub-lines up into C7 without counting the activity twice", () => {
    expect(Object.fromEntries(countByMainLine(activities))).toEqual({ C2: 2, C7: 1 });
  });

  it("stacks lines by sector and crosses lines with SDGs", () => {
    expect(Object.fromEntries(countByMainLineAndSector(activities))).toEqual({
      "C2|ITU-D": 2,
      "C7|ITU-D": 1,
    });
    expect(Object.fromEntries(countByMainLineAndSdg(activities))).toEqual({
      "C2|1": 1,
      "C2|9": 2,
      "C7|1": 1,
      "C7|9": 1,
    });
  });

  it("keeps activities without a sector under their own key", () => {
    expect(Object.fromEntries(countBySector(activities))).toEqual({ "ITU-D": 2, [NO_SECTOR]: 1 });
    expect(Object.fromEntries(countByYearAndSector(activities))).toEqual({
      "2022|ITU-D": 1,
      "2023|ITU-D": 1,
      "2023|none": 1,
    });
  });

  it("returns empty counts for no activities", () => {
    expect(countBySdg([]).size).toBe(0);
    expect(countByMainLineAndSdg([]).size).toBe(0);
  });
});

describe("yearSpan", () => {
  it("fills the years between reports so that gaps show", () => {
    expect(yearSpan([2000, 2003, 2002])).toEqual([2000, 2001, 2002, 2003]);
    expect(yearSpan([])).toEqual([]);
  });
});
