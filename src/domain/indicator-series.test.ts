import { describe, expect, it } from "vitest";
import type { IndicatorPoint, Indicators } from "../schema/indicators";
import {
  baseUnit,
  buildIndicatorSeries,
  compareIndicatorYears,
  summarizeMetrics,
  unitKey,
} from "./indicator-series";

const point = (
  metric: string,
  year: number,
  value: number,
  unit: string,
  extra: Partial<IndicatorPoint> = {},
) => ({
  metric,
  year,
  value,
  unit,
  sources: [`https://www.itu.int/${metric}/${year}`],
  ...extra,
});

const indicators: Indicators = {
  formatVersion: 1,
  metrics: [
    { id: "forum", label: "WSIS Forum participants", group: "WSIS Forum" },
    { id: "pledges", label: "Pledges (USD billion)", group: "Connectivity" },
    { id: "empty", label: "No figures yet", group: "Other" },
  ],
  points: [
    point("forum", 2019, 3000, "participants", { qualifier: "more than" }),
    point("forum", 2017, 2000, "participants"),
    point("forum", 2020, 15000, "cumulative virtual attendees", { note: "virtual edition" }),
    point("forum", 2023, 2700, "participants (onsite+remote)"),
    point("pledges", 2022, 18.55, "USD billion (360+ pledges)", { note: "June 2022" }),
    point("pledges", 2022, 28.4, "USD billion (500 pledges)", { note: "October 2022" }),
    point("pledges", 2023, 37, "USD billion cumulative"),
  ],
};

describe("unitKey", () => {
  it("drops parenthesised detail, case and extra spaces", () => {
    expect(unitKey(" USD  billion (500 pledges, 247 entities)")).toBe("usd billion");
    expect(unitKey("participants (onsite+remote)")).toBe(unitKey("participants"));
    expect(unitKey("cumulative virtual attendees")).not.toBe(unitKey("participants"));
    expect(baseUnit(" USD  billion (500 pledges)")).toBe("USD billion");
  });
});

describe("buildIndicatorSeries", () => {
  const forum = buildIndicatorSeries(indicators, "forum")!;

  it("sorts by year and spans every year, so that missing years are gaps", () => {
    expect(forum.points.map((item) => item.year)).toEqual([2017, 2019, 2020, 2023]);
    expect(forum.years).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023]);
  });

  it("computes the change from the previous figure, even across missing years", () => {
    expect(forum.points[1]?.change).toMatchObject({ from: { year: 2017 }, absolute: 1000, percent: 50 });
    expect(forum.links[0]).toEqual({ from: 0, to: 1, missingYears: 1 });
  });

  it("gives no change and no link where the unit changes meaning", () => {
    expect(forum.points[2]).toMatchObject({ comparable: false, change: null, note: "virtual edition" });
    expect(forum.points[3]).toMatchObject({ comparable: false, change: null });
    expect(forum.links).toHaveLength(1);
  });

  it("keeps two figures of the same year, in file order, and compares them", () => {
    const pledges = buildIndicatorSeries(indicators, "pledges")!;
    expect(pledges.points.map((item) => [item.year, item.value])).toEqual([
      [2022, 18.55],
      [2022, 28.4],
      [2023, 37],
    ]);
    expect(pledges.years).toEqual([2022, 2023]);
    expect(pledges.points[1]?.change?.absolute).toBeCloseTo(9.85);
    expect(pledges.links).toEqual([{ from: 0, to: 1, missingYears: 0 }]);
    expect(pledges.points[2]?.comparable).toBe(false);
  });

  it("is undefined for an unknown metric and empty for a metric without figures", () => {
    expect(buildIndicatorSeries(indicators, "nope")).toBeUndefined();
    expect(buildIndicatorSeries(indicators, "empty")).toMatchObject({ points: [], years: [], links: [] });
  });
});

describe("summarizeMetrics", () => {
  it("lists metrics that have figures, with their span", () => {
    expect(summarizeMetrics(indicators).map(({ metric, ...rest }) => [metric.id, rest])).toEqual([
      ["forum", { pointCount: 4, firstYear: 2017, lastYear: 2023 }],
      ["pledges", { pointCount: 3, firstYear: 2022, lastYear: 2023 }],
    ]);
  });
});

describe("compareIndicatorYears", () => {
  const pledges = buildIndicatorSeries(indicators, "pledges")!;
  const forum = buildIndicatorSeries(indicators, "forum")!;

  it("compares the last figure of each year when the units match", () => {
    const result = compareIndicatorYears(forum, 2017, 2019);
    expect(result.change).toMatchObject({ absolute: 1000, percent: 50 });
    expect(compareIndicatorYears(pledges, 2022, 2022).change).toMatchObject({ absolute: 0, percent: 0 });
    expect(compareIndicatorYears(pledges, 2022, 2022).b?.value).toBe(28.4);
  });

  it("has no change when a year has no figure or the units differ", () => {
    expect(compareIndicatorYears(forum, 2018, 2019)).toMatchObject({ a: undefined, change: null });
    expect(compareIndicatorYears(pledges, 2022, 2023)).toMatchObject({ b: { value: 37 }, change: null });
  });
});
