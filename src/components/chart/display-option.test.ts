import type { EChartsOption } from "echarts";
import { describe, expect, it } from "vitest";
import { COLOR_SWAPS, displayOption, HEAT_SCALE } from "./display-option";

const formatter = () => "tip";
const option: EChartsOption = {
  legend: { show: true },
  grid: { top: 40, left: 8 },
  tooltip: { formatter },
  visualMap: { inRange: { color: [...HEAT_SCALE] } },
  series: [{ type: "line", lineStyle: { color: "#0B4F8A" }, itemStyle: { color: "#E69F00" } }],
};
const display = { tone: "light", showLegend: true, pattern: false } as const;

describe("displayOption", () => {
  it("draws the light theme as built", () => {
    expect(displayOption(option, display)).toBe(option);
  });

  it("swaps the named light colours on dark, keeps category colours and functions", () => {
    const dark = displayOption(option, { ...display, tone: "dark" }) as {
      series: Array<{ lineStyle: { color: string }; itemStyle: { color: string } }>;
      tooltip: { formatter: unknown };
      visualMap: { inRange: { color: string[] } };
    };
    expect(dark.series[0]!.lineStyle.color).toBe(COLOR_SWAPS.dark["#0b4f8a"]);
    expect(dark.series[0]!.itemStyle.color).toBe("#E69F00");
    expect(dark.tooltip.formatter).toBe(formatter);
    expect(dark.visualMap.inRange.color).not.toEqual([...HEAT_SCALE]);
    expect(option.series).toEqual([
      { type: "line", lineStyle: { color: "#0B4F8A" }, itemStyle: { color: "#E69F00" } },
    ]);
  });

  it("hides the legend and turns on decal patterns when asked", () => {
    const shown = displayOption(option, { ...display, showLegend: false, pattern: true });
    expect(shown.legend).toEqual({ show: false });
    expect(shown.grid).toEqual({ top: 8, left: 8 });
    expect(shown.aria).toEqual({ enabled: true, label: { enabled: false }, decal: { show: true } });
  });
});
