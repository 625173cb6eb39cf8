import type { EChartsOption } from "echarts";
import { baseOption, CONTAIN_AXIS_LABELS } from "../../components/chart/base-option";
import { englishChartLocale, type ChartLocale } from "../../components/chart/chart-locale";
import { LIGHT_PALETTE, type ChartPalette } from "../../components/chart/chart-palette";
import { escapeHtml } from "../../components/chart/escape-html";
import type { TrendPanel } from "./compare-model";

export interface TrendInput {
  years: readonly number[];
  panels: readonly TrendPanel[];
  yearA: number;
  yearB: number;
  columns: number;
}

const PANEL_HEIGHT = 132;
const TOP = 8;

export function trendChartHeight(panelCount: number, columns: number): number {
  return TOP + Math.ceil(panelCount / columns) * PANEL_HEIGHT;
}

/**
 * Small multiples: one line per panel on a shared scale, so panels compare at a glance. Years without a
 * report break the line (null, not 0); A is a hollow dot and B a filled one, as in the dumbbells.
 */
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Panel titles must fit their column (about 7 px a character at 12 px bold). */
const titleLength = (columns: number) => (columns >= 6 ? 27 : columns >= 4 ? 32 : columns === 3 ? 36 : 22);

export function buildTrendOption(
  { years, panels, yearA, yearB, columns }: TrendInput,
  locale: ChartLocale = englishChartLocale(),
  palette: ChartPalette = LIGHT_PALETTE,
): EChartsOption {
  const { rtl, t } = locale;
  const { ink, muted, accent } = palette;
  const titleOf = (panel: TrendPanel) => shorten(panel.label, titleLength(columns));
  const largest = Math.max(1, ...panels.flatMap((panel) => panel.values.map((value) => value ?? 0)));
  // A round top (20, not 18) gives the shared axis even ticks.
  const max = largest <= 4 ? largest : Math.ceil(largest / 10) * 10;
  const width = 100 / columns;
  const last = years.length - 1;
  // Right to left, panels fill each row from the right.
  const layout = panels.map((_, index) => ({
    [rtl ? "right" : "left"]: `${(index % columns) * width + 1}%`,
    width: `${width - 3}%`,
    top: TOP + Math.floor(index / columns) * PANEL_HEIGHT + 26,
    height: PANEL_HEIGHT - 62,
  }));
  return {
    ...baseOption(),
    // One pointer across every panel: hovering 2019 in one shows 2019 everywhere.
    axisPointer: { link: [{ xAxisIndex: "all" }] },
    tooltip: {
      ...baseOption().tooltip,
      trigger: "axis",
      formatter: (params: unknown) => {
        const dataIndex = (params as Array<{ dataIndex: number }>)[0]?.dataIndex ?? -1;
        const year = years[dataIndex];
        if (year === undefined) return "";
        const lines = panels.map((panel) => {
          const value = panel.values[dataIndex] ?? null;
          return `${escapeHtml(titleOf(panel))}: <b>${value === null ? escapeHtml(t("compare.trend.noReport")) : locale.number(value)}</b>`;
        });
        return [`<b>${year}</b>`, ...lines].join("<br/>");
      },
    },
    grid: layout.map((box) => ({ ...box, ...CONTAIN_AXIS_LABELS })),
    xAxis: panels.map((_, index) => ({
      type: "category" as const,
      gridIndex: index,
      data: years.map(String),
      boundaryGap: false,
      inverse: rtl,
      axisTick: { show: false },
      // First and last year only: the panels are small, and the tooltip names every year.
      axisLabel: { interval: (i: number) => i === 0 || i === last, fontSize: 11, color: muted },
    })),
    yAxis: panels.map((panel, index) => ({
      type: "value" as const,
      gridIndex: index,
      max,
      splitNumber: 2,
      minInterval: 1,
      position: rtl ? ("right" as const) : ("left" as const),
      name: titleOf(panel),
      nameLocation: "end" as const,
      nameGap: 10,
      nameMoveOverlap: false,
      nameTextStyle: {
        align: rtl ? ("right" as const) : ("left" as const),
        fontWeight: 600,
        fontSize: 12,
        color: ink,
      },
      axisLabel: { fontSize: 11, color: muted },
    })),
    series: panels.map((panel, index) => ({
      type: "line" as const,
      id: `panel-${index}`,
      name: panel.label,
      xAxisIndex: index,
      yAxisIndex: index,
      connectNulls: false,
      showAllSymbol: true,
      lineStyle: { width: 1.5, color: panel.color ?? accent },
      itemStyle: { color: panel.color ?? accent },
      areaStyle: { color: panel.color ?? accent, opacity: 0.12 },
      data: panel.values.map((value, yearIndex) => {
        const year = years[yearIndex];
        const isA = year === yearA;
        const isB = year === yearB;
        return { value, symbol: isA && !isB ? "emptyCircle" : "circle", symbolSize: isA || isB ? 8 : 3 };
      }),
    })),
  };
}
