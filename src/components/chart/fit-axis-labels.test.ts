// @vitest-environment jsdom
import type { EChartsOption } from "echarts";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fitAxisLabels, fitText, wrapText } from "./fit-axis-labels";

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

describe("wrapText", () => {
  const font = "12px sans-serif";
  it("keeps a name that fits on one line", () =>
    expect(wrapText("GS · General", 150, font, 2)).toBe("GS · General"));

  it("breaks a long name between words into two lines before cutting anything", () => {
    // 26 characters: 260 px on one line; two lines of at most 190 px hold it whole.
    expect(wrapText("ITU-R · Radiocommunication", 190, font, 2)).toBe("ITU-R ·\nRadiocommunication");
    expect(wrapText("Clean water and sanitation", 150, font, 2)).toBe("Clean water and\nsanitation");
  });

  it("cuts only what does not fit in the last line", () => {
    expect(wrapText("Peace justice and strong institutions", 100, font, 2)).toBe("Peace\njustice a…");
    expect(wrapText("Clean water and sanitation", 100, font, 1)).toBe("Clean wat…");
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

  it("wraps the names of breaking axes into the lines their height holds", () => {
    const breaking: EChartsOption = {
      ...option,
      yAxis: {
        type: "category",
        data: ["1 No poverty", "6 Clean water and sanitation"],
        axisLabel: { width: 129, overflow: "break", lineHeight: 14, height: 28 },
      },
    };
    expect((fitAxisLabels(breaking).yAxis as { data: string[] }).data).toEqual([
      "1 No poverty",
      "6 Clean\nwater and s…",
    ]);
  });

  it("leaves axes that do not truncate as they are", () => {
    const wrapping = { ...option, yAxis: { ...(option.yAxis as object), axisLabel: { width: 121 } } };
    expect(fitAxisLabels(wrapping).yAxis).toBe(wrapping.yAxis);
  });
});
