import { describe, expect, it } from "vitest";
import type { ChartData } from "../../components/chart/chart-data";
import { VIEWS, type ViewDescriptor } from "../../domain/views";
import { matrixTable, nativeChart } from "./pptx-chart";

const box = { x: 0.5, y: 1.5, w: 12, h: 4.5 };

// One small chart of each shape, as a card hands it to the export.
const SAMPLES: Record<ChartData["kind"], ChartData> = {
  bars: {
    kind: "bars",
    seriesName: "Activities",
    categories: [{ label: "A", count: 2, color: "#0072B2", selected: false }],
  },
  stacked: {
    kind: "stacked",
    categories: [{ value: "C1", label: "C1 Role", selected: false }],
    series: [{ name: "ITU-D", color: "#009E73", values: [3] }],
  },
  matrix: {
    kind: "matrix",
    rowHeader: "Line",
    rows: [{ code: "C1", title: "Role" }],
    columns: ["SDG 1"],
    counts: [[1]],
  },
};

describe("the .pptx form each view of the registry claims", () => {
  for (const view of VIEWS) {
    if (view.kind !== "chart") continue;
    const form = (view as ViewDescriptor).accepts.pptx;
    it(`${view.id}: ${String(form)}`, () => {
      // A slide is exported to .pptx: a view with no form there cannot be a slide.
      if (form === false) return expect(view.accepts.deck).toBe(false);
      const data = SAMPLES[view.chart];
      if (form === "native-chart") expect(nativeChart(data, box, false)?.type).toBe("bar");
      if (form === "native-table") {
        expect(data.kind).toBe("matrix");
        if (data.kind === "matrix") expect(matrixTable(data)).toHaveLength(2);
      }
    });
  }
});
