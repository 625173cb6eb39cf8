import type { EChartsOption } from "echarts";
import { describe, expect, it } from "vitest";
import { displayOption } from "./display-option";

const option: EChartsOption = {
  legend: { show: true },
  grid: { top: 40, left: 8 },
  series: [{ type: "line", lineStyle: { color: "#0B4F8A" } }],
};

describe("displayOption", () => {
  it("draws the option as built when the legend shows and patterns are off", () => {
    expect(displayOption(option, { showLegend: true, pattern: false })).toBe(option);
  });

  it("hides the legend and turns on decal patterns when asked", () => {
    const shown = displayOption(option, { showLegend: false, pattern: true });
    expect(shown.legend).toEqual({ show: false });
    expect(shown.grid).toEqual({ top: 8, left: 8 });
    expect(shown.aria).toEqual({ enabled: true, label: { enabled: false }, decal: { show: true } });
    expect(shown.series).toBe(option.series);
  });
});
