import { describe, expect, it } from "vitest";
import { makeActivity, makeReference } from "../../../tests/fixtures/dataset";
import type { ActivityRecord } from "../../domain/activity-record";
import { EMPTY_FILTERS } from "../../domain/filter-state";
import { buildIndicatorSeries } from "../../domain/indicator-series";
import type { Indicators } from "../../schema/indicators";
import { buildChangeModel, buildTrendPanels, type ChangeItem } from "./compare-model";
import { buildDumbbellOption } from "./dumbbell.option";
import { LIGHT_PALETTE } from "../../components/chart/chart-palette";
import { renderChartSvg } from "../../shared/chart-image/render-chart-svg";
import { buildIndicatorOption } from "./indicator.option";
import { buildTrendOption } from "./trend.option";

const reference = makeReference();
const record = (year: number, activity: Parameters<typeof makeActivity>[0]): ActivityRecord => ({
  ...makeActivity(activity),
  year,
  reportKind: "compiled",
});
const a = [
  record(2020, { id: "a1" }),
  record(2020, { id: "a2", sector: { code: "GS", basis: "assigned" }, actionLines: [], sdgs: [] }),
];
const b = [
  record(2022, { id: "b1" }),
  record(2022, { id: "b2" }),
  record(2022, {
    id: "b3",
    sector: { code: "ITU-R", basis: "stated" },
    actionLines: [{ code: "C7.e-health", basis: "stated" }],
  }),
];
const model = buildChangeModel(a, b, reference, { ...EMPTY_FILTERS, sectors: ["ITU-R"] });

type Series = Array<{ type: string; name?: string; data: Array<Record<string, unknown>> }>;
const formatterOf = (holder: unknown) => (holder as { formatter: (params: unknown) => string }).formatter;

describe("buildChangeModel", () => {
  it("keeps every sector, marks the one without a filter value, and counts the change", () => {
    expect(
      model.sectors.map((row) => [row.category, row.a, row.b, row.percentChange, row.filterable]),
    ).toEqual([
      ["ITU-R", 0, 1, "new", true],
      ["ITU-T", 0, 0, null, true],
      ["ITU-D", 1, 2, 100, true],
      ["GS", 1, 0, -100, true],
      ["none", 0, 0, null, false],
    ]);
    expect(model.sectors[0]).toMatchObject({ label: "ITU-R · ITU-R name", selected: true });
    expect(model.total).toEqual({ a: 2, b: 3, change: 1, percentChange: 50 });
  });

  it("rolls sub-lines up to their line and keeps lines present in one year only", () => {
    expect(model.lines.find((row) => row.category === "C7")).toMatchObject({
      a: 0,
      b: 1,
      percentChange: "new",
    });
    expect(model.lines).toHaveLength(11);
    expect(model.sdgs.find((row) => row.category === "9")).toMatchObject({ a: 1, b: 3, label: "9 Goal 9" });
  });
});

describe("buildTrendPanels", () => {
  it("gives gaps, not zeros, for years without a report", () => {
    const { years, panels } = buildTrendPanels([...a, ...b], [2020, 2022], reference, "sector");
    expect(years).toEqual([2020, 2021, 2022]);
    expect(panels.find((panel) => panel.key === "ITU-D")?.values).toEqual([1, null, 2]);
    expect(panels.map((panel) => panel.key)).toEqual(["ITU-R", "ITU-T", "ITU-D", "GS", "none"]);
  });

  it("by action line, adds a panel for cross-cutting work", () => {
    const { panels } = buildTrendPanels([...a, ...b], [2020, 2022], reference, "line");
    expect(panels).toHaveLength(12);
    expect(panels.at(-1)).toMatchObject({ key: "none", values: [1, null, 0] });
    expect(panels.find((panel) => panel.key === "C7")?.values).toEqual([0, null, 1]);
  });

  it("by SDG, one panel per SDG in its official colour", () => {
    const { panels } = buildTrendPanels([...a, ...b], [2020, 2022], reference, "sdg");
    expect(panels.map((panel) => panel.key)).toEqual(reference.sdgs.map((sdg) => String(sdg.number)));
    const nine = panels.find((panel) => panel.key === "9");
    const expected = (year: number) =>
      [...a, ...b].filter((activity) => activity.year === year && activity.sdgs.some((l) => l.sdg === 9))
        .length;
    expect(nine).toMatchObject({ color: "#FD6925", values: [expected(2020), null, expected(2022)] });
    const option = buildTrendOption({
      years: [2020, 2021, 2022],
      panels,
      yearA: 2020,
      yearB: 2022,
      columns: 6,
    });
    const drawn = option.series as Array<{ lineStyle: { color: string } }>;
    expect(drawn[8]?.lineStyle.color).toBe("#FD6925");
  });
});

describe("compare's label layout", () => {
  it("hides figures above the indicator's points that would overlap on a phone", () => {
    const crowded: Indicators = {
      formatVersion: 1,
      metrics: [{ id: "w", label: "Participants", group: "Forum" }],
      points: Array.from({ length: 15 }, (_, index) => ({
        metric: "w",
        year: 2011 + index,
        value: 1200 + index * 100,
        unit: "participants",
        sources: ["https://www.itu.int/a"],
      })),
    };
    const option = buildIndicatorOption(buildIndicatorSeries(crowded, "w")!, 2024, 2025);
    // The figures are the texts drawn with a halo (the axis labels have none).
    const figures = (svg: string) => (svg.match(/paint-order="stroke"[^>]*>[\d.,]+K</g) ?? []).length;
    // Fifteen figures at 300 px would run together ("1.2K1.3K1.4K…"); at 1200 px they all fit.
    expect(figures(renderChartSvg(option, 1200, 300, LIGHT_PALETTE))).toBe(15);
    expect(figures(renderChartSvg(option, 300, 300, LIGHT_PALETTE))).toBeLessThan(15);
  });

  it("wraps the change charts' names to two lines in their rows", () => {
    const option = buildDumbbellOption(model.sectors, 2020, 2022);
    expect((option.yAxis as { axisLabel: object }).axisLabel).toMatchObject({
      overflow: "break",
      lineOverflow: "truncate",
      height: 28,
    });
  });
});

describe("buildDumbbellOption", () => {
  const rows: ChangeItem[] = model.sectors;
  const option = buildDumbbellOption(rows, 2020, 2022);
  const series = option.series as Series;

  it("stacks an invisible base (the smaller count) under a bar as long as the change", () => {
    expect(series.map((item) => item.type)).toEqual(["bar", "bar", "line", "line"]);
    expect(series[0]?.data.map((item) => item.value)).toEqual([0, 0, 1, 0, 0]);
    expect(series[1]?.data.map((item) => item.value)).toEqual([1, 0, 1, 1, 0]);
    expect(series[1]?.data[3]).toMatchObject({ itemStyle: { color: LIGHT_PALETTE.down } });
    expect(series[2]).toMatchObject({ name: "A: 2020", symbol: "emptyCircle" });
    expect(series[3]?.data.map((item) => item.value)).toEqual([1, 0, 2, 0, 0]);
  });

  it("labels change with a shape and a sign, 'new' for A = 0, nothing for 0 in both", () => {
    const label = (series[1] as unknown as { label: unknown }).label;
    const texts = rows.map((_, dataIndex) => formatterOf(label)({ dataIndex }));
    expect(texts).toEqual(["▲ +1 (new)", "", "▲ +1 (+100%)", "▼ −1 (−100%)", ""]);
    const compact = (
      buildDumbbellOption(rows, 2020, 2022, true).series as unknown as Array<{ label: unknown }>
    )[1];
    expect(formatterOf(compact?.label)({ dataIndex: 2 })).toBe("▲ +1");
  });

  it("escapes data strings in its tooltip", () => {
    const hostile = buildDumbbellOption([{ ...rows[0]!, label: "<img src=x onerror=alert(1)>" }], 2020, 2022);
    const html = formatterOf(hostile.tooltip)([{ dataIndex: 0 }]);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img");
  });
});

describe("buildTrendOption", () => {
  const { years, panels } = buildTrendPanels([...a, ...b], [2020, 2022], reference, "sector");
  const option = buildTrendOption({ years, panels, yearA: 2020, yearB: 2022, columns: 2 });

  it("draws one grid per panel on a shared axis, keeping gaps", () => {
    expect(option.grid).toHaveLength(5);
    const yAxes = option.yAxis as Array<{ max: number; name: string }>;
    expect(new Set(yAxes.map((axis) => axis.max))).toEqual(new Set([2]));
    const itud = (option.series as Series)[2]!;
    expect(itud.data.map((item) => item.value)).toEqual([1, null, 2]);
    expect(itud.data.map((item) => item.symbol)).toEqual(["emptyCircle", "circle", "circle"]);
  });

  it("shortens panel titles to fit their column", () => {
    const lines = buildTrendPanels(a, [2020], reference, "line");
    const long = { ...lines.panels[0]!, label: "C1 The role of public governance authorities" };
    const narrow = buildTrendOption({ ...lines, panels: [long], yearA: 2020, yearB: 2020, columns: 6 });
    expect((narrow.yAxis as Array<{ name: string }>)[0]?.name).toBe("C1 The role of public gove…");
  });
});

describe("buildIndicatorOption", () => {
  const indicators: Indicators = {
    formatVersion: 1,
    metrics: [{ id: "p", label: "Pledges", group: "Connectivity" }],
    points: [
      { metric: "p", year: 2019, value: 5, unit: "USD billion", sources: ["https://www.itu.int/a"] },
      { metric: "p", year: 2022, value: 18, unit: "USD billion (June)", sources: ["https://www.itu.int/b"] },
      {
        metric: "p",
        year: 2022,
        value: 28,
        unit: "USD billion (October)",
        sources: ["https://www.itu.int/c"],
      },
      {
        metric: "p",
        year: 2023,
        value: 37,
        unit: "USD billion cumulative",
        note: "<b>not</b> the same",
        sources: ["https://www.itu.int/d"],
      },
    ],
  };
  const series = buildIndicatorSeries(indicators, "p")!;
  const option = buildIndicatorOption(series, 2022, 2023);
  const all = option.series as Series;

  it("keeps every figure in series 0, two in one year included, and marks breaks with a diamond", () => {
    expect(all[0]?.data.map((item) => item.value)).toEqual([
      ["2019", 5],
      ["2022", 18],
      ["2022", 28],
      ["2023", 37],
    ]);
    expect(all[0]?.data.map((item) => item.symbol)).toEqual(["circle", "circle", "circle", "diamond"]);
    expect((option.xAxis as { data: string[] }).data).toEqual(["2019", "2020", "2021", "2022", "2023"]);
  });

  it("joins only figures that compare: dashed across missing years, never across a change of unit", () => {
    const links = all.slice(1) as unknown as Array<{ lineStyle: { type: string }; data: unknown[] }>;
    expect(links.map((link) => [link.lineStyle.type, link.data])).toEqual([
      [
        "dashed",
        [
          ["2019", 5],
          ["2022", 18],
        ],
      ],
      [
        "solid",
        [
          ["2022", 18],
          ["2022", 28],
        ],
      ],
    ]);
  });

  it("escapes notes and units in its tooltip", () => {
    const html = formatterOf(option.tooltip)({ dataIndex: 3 });
    expect(html).toContain("&lt;b&gt;not&lt;/b&gt; the same");
    expect(html).toContain("not comparable: the unit differs from the figure before");
  });
});
