import { describe, expect, it } from "vitest";
import { chartModulesFor } from "./chart-modules";

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
