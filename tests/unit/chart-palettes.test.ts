import type { EChartsOption } from "echarts";
import { describe, expect, it } from "vitest";
import { CHART_PALETTES, type ChartPalette } from "../../src/components/chart/chart-palette";
import { chartTheme } from "../../src/components/chart/chart-themes";
import type { ActivityRecord } from "../../src/domain/activity-record";
import { buildFacetIndex, matchFilters } from "../../src/domain/facet-index";
import { summarizeMatches } from "../../src/domain/facet-summary";
import { EMPTY_FILTERS } from "../../src/domain/filter-state";
import { buildIndicatorSeries } from "../../src/domain/indicator-series";
import { buildChangeModel, buildTrendPanels } from "../../src/features/compare/compare-model";
import { buildDumbbellOption } from "../../src/features/compare/dumbbell.option";
import { buildIndicatorOption } from "../../src/features/compare/indicator.option";
import { buildTrendOption } from "../../src/features/compare/trend.option";
import { buildBarOption } from "../../src/features/overview/bar.option";
import { buildMatrixOption } from "../../src/features/overview/matrix.option";
import { buildOverviewModel } from "../../src/features/overview/overview-model";
import { buildStackedOption } from "../../src/features/overview/stacked.option";
import { renderChartSvg } from "../../src/shared/chart-image/render-chart-svg";
import { makeActivity, makeReference } from "../fixtures/dataset";

const reference = makeReference();
const record = (year: number, activity: Parameters<typeof makeActivity>[0]): ActivityRecord => ({
  ...makeActivity(activity),
  year,
  reportKind: "compiled",
});
const activities = [
  record(2020, { id: "a", sdgs: [{ sdg: 9, basis: "matrix" }] }),
  record(2022, { id: "b", sector: { code: "GS", basis: "stated" }, actionLines: [], sdgs: [] }),
  record(2022, { id: "c", sector: { code: "ITU-R", basis: "stated" } }),
];
const index = buildFacetIndex(activities);
// A selection, so that selected outlines and faded bars are drawn too.
const filters = { ...EMPTY_FILTERS, sdgs: [9], sectors: ["GS"], years: [2022] };
const model = buildOverviewModel(
  summarizeMatches(index, matchFilters(index, EMPTY_FILTERS)),
  reference,
  [2020, 2022],
  filters,
);
const change = buildChangeModel(
  activities.filter((activity) => activity.year === 2020),
  activities.filter((activity) => activity.year === 2022),
  reference,
  filters,
);
const indicators = buildIndicatorSeries(
  {
    schemaVersion: 1,
    metrics: [{ id: "m", label: "Metric", description: "", unit: "people" }],
    points: [
      { metric: "m", year: 2020, value: 5, unit: "people", sources: ["https://www.itu.int/a"] },
      { metric: "m", year: 2022, value: 9, unit: "USD", sources: ["https://www.itu.int/b"] },
    ],
  } as unknown as Parameters<typeof buildIndicatorSeries>[0],
  "m",
)!;

// Every view's option in a palette: the overview's charts, the comparison's and its trend panels.
function everyView(palette: ChartPalette): Record<string, EChartsOption> {
  const trend = buildTrendPanels(activities, [2020, 2022], reference, "sector");
  return {
    sectors: buildBarOption(model.sectors, "Activities", undefined, undefined, {}, palette),
    sdgs: buildBarOption(model.sdgs, "Activities", undefined, undefined, { narrow: true }, palette),
    "action-lines": buildStackedOption(
      { ...model.lines, axisName: "Activities" },
      undefined,
      undefined,
      palette,
    ),
    trend: buildStackedOption(
      { categories: model.trend.categories, series: model.trend.seriesBy.sdg, axisName: "%", share: true },
      undefined,
      undefined,
      palette,
    ),
    matrix: buildMatrixOption(model.matrix, undefined, undefined, palette),
    changes: buildDumbbellOption(change.sectors, 2020, 2022, false, undefined, palette),
    indicator: buildIndicatorOption(indicators, 2020, 2022, undefined, palette),
    "compare-trend": buildTrendOption({ ...trend, yearA: 2020, yearB: 2022, columns: 3 }, undefined, palette),
  };
}

// The data's own colours (official SDG colours, sector and line colours) are the same in every theme.
const DATA_COLORS = new Set(
  [
    ...reference.sdgs.map((sdg) => sdg.color),
    ...model.sectors.map((row) => row.color),
    ...Object.values(model.trend.seriesBy).flatMap((series) => series.map((item) => item.color)),
  ].map((color) => color.toLowerCase()),
);

const looksLikeColor = (value: string) => /^(#[0-9a-f]{3,8}|rgba?\(.*\))$/i.test(value);

/** Every colour an option names, with where it is, e.g. ["series.0.data.3.itemStyle.color", "#1b2330"]. */
function colorsIn(value: unknown, path = ""): Array<[string, string]> {
  if (typeof value === "string") return looksLikeColor(value) ? [[path, value.toLowerCase()]] : [];
  if (Array.isArray(value)) return value.flatMap((item, at) => colorsIn(item, `${path}.${at}`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => colorsIn(item, path ? `${path}.${key}` : key));
  }
  return [];
}

const paletteColors = (palette: ChartPalette) =>
  new Set(
    Object.values(palette)
      .flat()
      .filter((value): value is string => typeof value === "string" && looksLikeColor(value)),
  );

describe.each(Object.values(CHART_PALETTES))("the $theme palette", (palette) => {
  const allowed = paletteColors(palette);

  it.each(Object.entries(everyView(palette)))(
    "colours the %s view only from the palette or the data",
    (_view, option) => {
      const strays = colorsIn(option).filter(([, color]) => !allowed.has(color) && !DATA_COLORS.has(color));
      expect(strays).toEqual([]);
    },
  );

  it("is the ECharts theme the charts are drawn with: text and axes in the palette's colours", () => {
    const theme = chartTheme(palette) as {
      categoryAxis: { axisLabel: { color: string }; axisLine: { lineStyle: { color: string } } };
      legend: { textStyle: { color: string } };
      darkMode: boolean;
    };
    expect(theme.categoryAxis.axisLabel.color).toBe(palette.axisLabel);
    expect(theme.categoryAxis.axisLine.lineStyle.color).toBe(palette.axisLine);
    expect(theme.legend.textStyle.color).toBe(palette.chromeText);
    expect(theme.darkMode).toBe(palette.dark);
  });

  it("draws every word of a bar chart in one of the palette's text colours", () => {
    const svg = renderChartSvg(everyView(palette).sectors!, 640, 240, palette);
    const fills = new Set([...svg.matchAll(/<text[^>]*\bfill="([^"]+)"/g)].map((match) => match[1]));
    expect(fills).toEqual(new Set([palette.axisLabel, palette.chromeText, palette.valueLabel]));
  });
});

describe("palettes", () => {
  it("outline every bar and cell only in high contrast", () => {
    for (const palette of Object.values(CHART_PALETTES)) {
      const borders = colorsIn(everyView(palette).matrix!.series).filter(([path]) =>
        path.endsWith("itemStyle.borderColor"),
      );
      const outlined = borders.some(([path]) => !path.includes("emphasis"));
      expect(outlined, palette.theme).toBe(palette.markOutline !== null);
    }
  });
});
