import { describe, expect, it } from "vitest";
import { chartModulesFor, withoutTooltip } from "./chart-modules";

describe("chartModulesFor", () => {
  it("needs nothing extra for a plain bar chart with a tooltip", () => {
    expect(
      chartModulesFor({ tooltip: {}, xAxis: {}, yAxis: {}, series: [{ type: "bar", data: [1] }] }),
    ).toEqual([]);
  });

  it("asks for the legend, the heatmap with its visualMap, and lines by what the option uses", () => {
    expect(chartModulesFor({ legend: {}, series: [{ type: "bar" }] })).toEqual(["legend"]);
    expect(chartModulesFor({ visualMap: { min: 0, max: 3 }, series: { type: "heatmap" } })).toEqual([
      "heatmap",
    ]);
    expect(chartModulesFor({ legend: [{}], series: [{ type: "bar" }, { type: "line" }] })).toEqual([
      "legend",
      "line",
    ]);
  });
});

describe("withoutTooltip", () => {
  it("drops the tooltip and the axis pointer the tooltip module brings, and keeps the rest", () => {
    const option = {
      tooltip: { trigger: "axis" as const },
      axisPointer: { link: [{ xAxisIndex: "all" as const }] },
      xAxis: { type: "category" as const, data: ["2023"] },
      series: [{ type: "line" as const, data: [1] }],
    };
    expect(withoutTooltip(option)).toEqual({ xAxis: option.xAxis, series: option.series });
    expect(option.axisPointer).toBeDefined();
  });

  it("hands back an option with neither as it is", () => {
    const option = { series: [{ type: "bar" as const, data: [1] }] };
    expect(withoutTooltip(option)).toBe(option);
  });
});
