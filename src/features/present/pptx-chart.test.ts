import { describe, expect, it } from "vitest";
import { matrixTable, nativeChart } from "./pptx-chart";

const box = { x: 0.5, y: 1.5, w: 12, h: 4.5 };

describe("native PowerPoint charts", () => {
  const bars = nativeChart(
    {
      kind: "bars",
      seriesName: "Activities",
      categories: [
        { label: "ITU-R · Radiocommunication Sector", count: 12, color: "#0072B2", selected: false },
        { label: "ITU-D · Development Sector", count: 30, color: "#009E73", selected: true },
      ],
    },
    box,
    false,
  );

  it("writes bars with their full names, counts, value labels and the dashboard's colours", () => {
    expect(bars?.series).toEqual([
      {
        name: "Activities",
        labels: ["ITU-R · Radiocommunication Sector", "ITU-D · Development Sector"],
        values: [12, 30],
      },
    ]);
    expect(bars?.options.showValue).toBe(true);
    expect(bars?.options.barDir).toBe("bar");
    // The unselected sector is a tint of its colour, the selected one keeps it; labels stay dark.
    expect(bars?.options.chartColors).toEqual(["99C7E0", "009E73"]);
    expect(bars?.options.dataLabelColor).toBe("1B2330");
  });

  it("writes no text under 12 pt", () => {
    const sizes = Object.entries(bars?.options ?? {})
      .filter(([key]) => key.endsWith("FontSize"))
      .map(([, size]) => Number(size));
    expect(sizes.length).toBeGreaterThan(4);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });

  it("stacks series with gaps kept as gaps", () => {
    const stacked = nativeChart(
      {
        kind: "stacked",
        categories: [
          { value: "2022", label: "2022 (no report)", selected: false },
          { value: "2023", label: "2023", selected: false },
        ],
        series: [{ name: "ITU-T", color: "#E69F00", values: [null, 4] }],
      },
      box,
      true,
    );
    expect(stacked?.series).toEqual([{ name: "ITU-T", labels: ["2022", "2023"], values: [null, 4] }]);
    expect(stacked?.options.barGrouping).toBe("stacked");
    expect(stacked?.options.catAxisOrientation).toBe("maxMin");
  });

  it("shades the matrix table's cells by count, empty cells blank", () => {
    const rows = matrixTable({
      kind: "matrix",
      rowHeader: "Action line",
      rows: [{ code: "C1", title: "Governance" }],
      columns: ["SDG 1", "SDG 2", "SDG 3"],
      counts: [[0, 2, 4]],
    });
    expect(rows).toHaveLength(2);
    const cells = rows[1]!.map((cell) => ({ text: cell.text, fill: cell.options?.fill }));
    expect(cells.map((cell) => cell.text)).toEqual(["C1", "", "2", "4"]);
    expect(cells[1]?.fill).toEqual({ color: "F3F6FA" });
    expect(cells[3]?.fill).toEqual({ color: "0B4F8A" });
    expect(rows.flat().every((cell) => (cell.options?.fontSize ?? 0) >= 12)).toBe(true);
  });
});
