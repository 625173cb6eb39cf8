// @vitest-environment node
import type { EChartsOption } from "echarts";
import { SVGRenderer } from "echarts/renderers";
import { describe, expect, it } from "vitest";
import { SERIES_REPLACE_MERGE } from "../../components/chart/base-option";
import { echarts } from "../../components/chart/echarts-setup";
import "../../components/chart/modules/heatmap";
import "../../components/chart/modules/legend";
import { buildBarOption } from "./bar.option";
import type { CountRow } from "./chart-rows";
import { buildMatrixOption } from "./matrix.option";
import { buildStackedOption } from "./stacked.option";

echarts.use([SVGRenderer]);

interface SeriesModelHost {
  getModel(): { getSeries(): object[] };
}

/**
 * The series models after drawing `before` and then updating to `after` the way EChart does: the same
 * models mean ECharts updated the drawn series in place; new ones mean it made new series, which replay
 * their entry animation and repaint after every filter click.
 */
function seriesAcrossUpdate(before: EChartsOption, after: EChartsOption) {
  const chart = echarts.init(null, undefined, { renderer: "svg", ssr: true, width: 600, height: 400 });
  try {
    chart.setOption(before);
    const first = [...(chart as unknown as SeriesModelHost).getModel().getSeries()];
    chart.setOption(after, { notMerge: false, replaceMerge: SERIES_REPLACE_MERGE });
    return { first, second: (chart as unknown as SeriesModelHost).getModel().getSeries() };
  } finally {
    chart.dispose();
  }
}

const rows = (counts: number[]): CountRow[] =>
  counts.map((count, index) => ({
    value: String(index + 1),
    label: `SDG ${index + 1}`,
    count,
    color: "#336699",
    selected: false,
  }));

describe("a filter change updates the drawn series in place", () => {
  it("bar charts", () => {
    const { first, second } = seriesAcrossUpdate(
      buildBarOption(rows([3, 5, 8]), "Activities"),
      buildBarOption(rows([1, 0, 2]), "Activities"),
    );
    expect(second).toHaveLength(1);
    expect(second[0]).toBe(first[0]);
  });

  it("stacked bar charts, series by series", () => {
    const input = (values: number[]) => ({
      categories: ["C1", "C2"].map((value) => ({ value, label: value, selected: false })),
      series: ["ITU-R", "ITU-T"].map((name, index) => ({
        name,
        color: "#336699",
        values: values.map((value) => value + index),
      })),
      axisName: "Activities",
    });
    const { first, second } = seriesAcrossUpdate(
      buildStackedOption(input([4, 2])),
      buildStackedOption(input([1, 0])),
    );
    expect(second).toHaveLength(2);
    expect(second).toEqual(first);
    expect(second[1]).toBe(first[1]);
  });

  it("the matrix", () => {
    const matrix = (count: number) => ({
      lines: [{ code: "C1", title: "The role of governments" }],
      sdgs: [{ number: 1, shortName: "No poverty" }],
      counts: new Map([["C1|1", count]]),
    });
    const { first, second } = seriesAcrossUpdate(buildMatrixOption(matrix(4)), buildMatrixOption(matrix(1)));
    expect(second[0]).toBe(first[0]);
  });
});
