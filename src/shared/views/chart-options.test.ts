import { describe, expect, it } from "vitest";
import { makeActivity, makeReference } from "../../../tests/fixtures/dataset";
import type { ActivityRecord } from "../../domain/activity-record";
import { buildFacetIndex, matchFilters } from "../../domain/facet-index";
import { summarizeMatches } from "../../domain/facet-summary";
import { EMPTY_FILTERS } from "../../domain/filter-state";
import { buildBarOption } from "./bar.option";
import { buildMatrixOption } from "./matrix.option";
import { buildOverviewModel } from "./overview-model";
import { buildStackedOption } from "./stacked.option";

const reference = makeReference();
const record = (year: number, activity: Parameters<typeof makeActivity>[0]): ActivityRecord => ({
  ...makeActivity(activity),
  year,
  reportKind: "compiled",
});
const activities = [
  record(2020, {
    id: "a",
    sdgs: [
      { sdg: 9, basis: "matrix" },
      { sdg: 1, basis: "matrix" },
    ],
  }),
  record(2022, { id: "b", sector: { code: "GS", basis: "stated" }, actionLines: [], sdgs: [] }),
];
const index = buildFacetIndex(activities);
// Counts over every activity; the SDG filter only marks SDG 9 as selected.
const model = buildOverviewModel(
  summarizeMatches(index, matchFilters(index, EMPTY_FILTERS)),
  reference,
  [2020, 2022],
  {
    ...EMPTY_FILTERS,
    sdgs: [9],
  },
);

describe("buildOverviewModel", () => {
  it("gives every SDG a row in its official colour, marking the selected one", () => {
    expect(model.sdgs).toHaveLength(17);
    expect(model.sdgs[8]).toEqual({
      value: "9",
      label: "9 Goal 9",
      count: 1,
      color: "#FD6925",
      selected: true,
    });
    expect(model.sdgs[4]).toMatchObject({ count: 0, selected: false });
  });

  it("keeps report years apart from the years between them", () => {
    expect(model.trend.categories.map((category) => category.label)).toEqual([
      "2020",
      "2021 (no report)",
      "2022",
    ]);
    const gs = model.trend.series.find((series) => series.name === "GS");
    expect(gs?.values).toEqual([0, null, 1]);
  });

  it("counts cross-cutting activities and those without SDGs", () => {
    expect(model.crossCuttingCount).toBe(1);
    expect(model.withoutSdgCount).toBe(1);
  });
});

describe("buildBarOption", () => {
  const option = buildBarOption(model.sdgs, "Activities");
  const series = (
    option.series as Array<{
      data: Array<{ value: number; filterValue: string; itemStyle: { color: string; opacity: number } }>;
    }>
  )[0]!;

  it("draws one bar per row with the row's colour and its filter value", () => {
    expect(series.data).toHaveLength(17);
    expect(series.data[8]).toMatchObject({
      value: 1,
      filterValue: "9",
      itemStyle: { color: "#FD6925", opacity: 1 },
    });
  });

  it("fades the other bars while a selection exists", () => {
    expect(series.data[0]?.itemStyle.opacity).toBeLessThan(1);
  });

  it("escapes data strings in its HTML tooltip", () => {
    const hostile = buildBarOption(
      [{ value: "x", label: "<img src=x onerror=alert(1)>", count: 2, color: "#000000", selected: false }],
      "n",
    );
    const formatter = (hostile.tooltip as { formatter: (params: unknown) => string }).formatter;
    expect(formatter({ dataIndex: 0 })).toBe("&lt;img src=x onerror=alert(1)&gt;<br/><b>2</b> activities");
  });
});

describe("the per-year chart by any dimension", () => {
  it("draws a series per main action line and per SDG, in the SDG's official colour", () => {
    expect(model.trend.seriesBy.sector).toBe(model.trend.series);
    expect(model.trend.seriesBy.line.map((series) => series.name)).toEqual(
      Array.from({ length: 11 }, (_, index) => `C${index + 1}`),
    );
    expect(model.trend.seriesBy.line.find((series) => series.name === "C2")?.values).toEqual([1, null, 0]);
    const sdgs = model.trend.seriesBy.sdg;
    expect(sdgs).toHaveLength(17);
    expect(sdgs[8]).toEqual({ name: "SDG 9", color: "#FD6925", values: [1, null, 0] });
    expect(sdgs[0]?.values).toEqual([1, null, 0]);
    expect(sdgs[4]?.values).toEqual([0, null, 0]);
  });

  it("as shares of the year: each bar adds up to 100 %, gaps stay gaps, the tooltip gives both", () => {
    const option = buildStackedOption({
      categories: model.trend.categories,
      series: model.trend.seriesBy.sdg,
      axisName: "Share",
      share: true,
    });
    const series = option.series as Array<{ data: Array<{ value: number | null }> }>;
    const total = (year: number) => series.reduce((sum, item) => sum + (item.data[year]?.value ?? 0), 0);
    expect(total(0)).toBeCloseTo(100);
    expect(series.every((item) => item.data[1]?.value === null)).toBe(true);
    expect(total(2)).toBe(0);
    expect(option.yAxis).toMatchObject({ max: 100 });
    const formatter = (option.tooltip as { formatter: (params: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 0, seriesIndex: 8, seriesName: "SDG 9", value: 50 }])).toBe(
      "<b>2020</b><br/>SDG 9: <b>50%</b> (1)",
    );
  });
});

describe("buildStackedOption", () => {
  it("keeps nulls as gaps and stacks every series", () => {
    const option = buildStackedOption({ ...model.trend, axisName: "Activities" });
    const series = option.series as Array<{ stack: string; data: Array<{ value: number | null }> }>;
    expect(series.every((item) => item.stack === "total")).toBe(true);
    expect(series[0]?.data.map((cell) => cell.value)).toEqual([0, null, 0]);
  });
});

describe("label layout", () => {
  it("wraps the bar chart's category names to two lines before cutting them, with less room on a phone", () => {
    const wide = buildBarOption(model.sectors, "Activities");
    expect((wide.yAxis as { axisLabel: object }).axisLabel).toEqual({
      width: 180,
      overflow: "break",
      lineOverflow: "truncate",
      lineHeight: 14,
      height: 28,
      fontSize: 12,
      interval: 0,
    });
    const narrow = buildBarOption(model.sectors, "Activities", undefined, undefined, { narrow: true });
    expect((narrow.yAxis as { axisLabel: { width: number } }).axisLabel.width).toBe(124);
    expect(narrow.grid).toMatchObject({ left: 140 });
    // Counts that would run together on the value axis are left out.
    expect((wide.xAxis as { axisLabel: object }).axisLabel).toMatchObject({ hideOverlap: true });
  });

  it("tilts the stacked chart's ticks on a phone instead of dropping them, and keeps the axis name off the legend", () => {
    const input = { ...model.lines, axisName: "Activities" };
    const wide = buildStackedOption(input);
    const narrow = buildStackedOption({ ...input, narrow: true });
    expect((wide.xAxis as { axisLabel: object }).axisLabel).toEqual({
      interval: 0,
      hideOverlap: true,
      fontSize: 12,
    });
    expect((narrow.xAxis as { axisLabel: object }).axisLabel).toEqual({
      interval: 0,
      hideOverlap: true,
      fontSize: 12,
      rotate: 45,
    });
    expect((wide.grid as { top: number }).top).toBeGreaterThanOrEqual(60);
    expect((wide.yAxis as { nameTextStyle: object }).nameTextStyle).toMatchObject({ align: "left" });
  });
});

describe("buildMatrixOption", () => {
  it("has a cell for every line and SDG with its count", () => {
    const option = buildMatrixOption(model.matrix);
    const data = (option.series as Array<{ data: Array<{ value: number[]; filterValue: string }> }>)[0]!.data;
    expect(data).toHaveLength(11 * 17);
    expect(data.find((cell) => cell.filterValue === "C2|9")?.value).toEqual([8, 1, 1]);
    expect(data.find((cell) => cell.filterValue === "C3|9")?.value).toEqual([8, 2, 0]);
  });
});
