// @vitest-environment jsdom
import type { EChartsOption } from "echarts";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fitAxisLabels, fitText } from "./fit-axis-labels";

// jsdom has no canvas: a stand-in where every character is 10 px wide in a 12 px font (and 20 px in 24 px).
beforeEach(() => {
  const context = {
    font: "",
    measureText(text: string) {
      return { width: [...text].length * (this.font.startsWith("24px") ? 20 : 10) };
    },
  };
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(
    context as unknown as CanvasRenderingContext2D,
  );
});

describe("fitText", () => {
  it("keeps a name that fits", () => {
    expect(fitText("No poverty", 100, "12px sans-serif")).toBe("No poverty");
  });

  it("cuts a long name to the longest start that fits with its ellipsis, without a trailing space", () => {
    expect(fitText("Clean water and sanitation", 100, "12px sans-serif")).toBe("Clean wat…");
    expect(fitText("Clean water and sanitation", 120, "12px sans-serif")).toBe("Clean water…");
    // "Clean w…" would be 80 px; "Clean …" is cut back to its word.
    expect(fitText("Clean water and sanitation", 70, "12px sans-serif")).toBe("Clean…");
    expect(fitText("Clean water and sanitation", 100, "24px sans-serif")).toBe("Clea…");
  });
});

describe("fitAxisLabels", () => {
  const option: EChartsOption = {
    textStyle: { fontFamily: "sans-serif" },
    xAxis: { type: "value" },
    yAxis: {
      type: "category",
      data: ["1 No poverty", "6 Clean water and sanitation"],
      axisLabel: { width: 121, overflow: "truncate" },
    },
  };

  it("cuts the names of truncating category axes and leaves the rest of the option alone", () => {
    const fitted = fitAxisLabels(option);
    expect((fitted.yAxis as { data: string[] }).data).toEqual(["1 No poverty", "6 Clean wat…"]);
    expect(fitted.xAxis).toBe(option.xAxis);
    expect(fitted.textStyle).toBe(option.textStyle);
  });

  it("leaves axes that do not truncate as they are", () => {
    const wrapping = { ...option, yAxis: { ...(option.yAxis as object), axisLabel: { width: 121 } } };
    expect(fitAxisLabels(wrapping).yAxis).toBe(wrapping.yAxis);
  });
});
