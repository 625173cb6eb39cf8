import { describe, expect, it } from "vitest";
import { makeActivity } from "../../tests/fixtures/dataset";
import type { ActivityRecord } from "./activity-record";
import { compareLatestYear, computeKpis } from "./kpis";

const record = (year: number, activity: Parameters<typeof makeActivity>[0]): ActivityRecord => ({
  ...makeActivity(activity),
  year,
  reportKind: "compiled",
});

const activities = [
  record(2019, { id: "a", sector: { code: "GS", basis: "stated" } }),
  record(2021, { id: "b" }),
  record(2021, {
    id: "c",
    actionLines: [{ code: "C7.e-health", basis: "assigned" }],
    sdgs: [{ sdg: 3, basis: "matrix" }],
  }),
];

describe("computeKpis", () => {
  it("counts activities and distinct sectors, main action lines and SDGs", () => {
    expect(computeKpis(activities)).toEqual({ activities: 3, sectors: 2, actionLines: 2, sdgs: 2 });
    expect(computeKpis([])).toEqual({ activities: 0, sectors: 0, actionLines: 0, sdgs: 0 });
  });
});

describe("compareLatestYear", () => {
  it("compares the latest report year with the report year before it, skipping years without a report", () => {
    const comparison = compareLatestYear(activities, [2019, 2021], []);
    expect(comparison).toMatchObject({ year: 2021, previousYear: 2019 });
    expect(comparison?.current.activities).toBe(2);
    expect(comparison?.previous.activities).toBe(1);
  });

  it("uses the latest selected year", () => {
    expect(compareLatestYear(activities, [2019, 2020, 2021], [2020])).toMatchObject({
      year: 2020,
      previousYear: 2019,
      current: { activities: 0 },
    });
  });

  it("has nothing to compare for the first report year or a single year", () => {
    expect(compareLatestYear(activities, [2019, 2021], [2019])).toBeUndefined();
    expect(compareLatestYear(activities, [2021], [])).toBeUndefined();
  });
});
