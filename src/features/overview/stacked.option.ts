import type { EChartsOption } from "echarts";
import { baseOption, CONTAIN_AXIS_LABELS } from "../../components/chart/base-option";
import { englishChartLocale, type ChartLocale } from "../../components/chart/chart-locale";
import { LIGHT_PALETTE, markOutline, type ChartPalette } from "../../components/chart/chart-palette";
import { escapeHtml } from "../../components/chart/escape-html";
import { SCREEN_TYPE, type ChartTextSizes } from "../../components/chart/type-scale";

export interface StackSeries {
  name: string;
  color: string;
  /** One value per category; null is a gap (no report that year), unlike 0. */
  values: ReadonlyArray<number | null>;
}

export interface StackedInput {
  categories: ReadonlyArray<{ value: string; label: string; selected: boolean }>;
  series: readonly StackSeries[];
  axisName: string;
  /** Each bar as shares of its total (100 %) rather than counts; the tooltip gives both. */
  share?: boolean;
  /** A phone-sized screen: category ticks are tilted so that none is dropped for want of room. */
  narrow?: boolean;
}

/** Per category, each series' percentage of the category's total (null stays a gap). */
function sharesOf(series: readonly StackSeries[], count: number): Array<Array<number | null>> {
  const totals = Array.from({ length: count }, (_, index) =>
    series.reduce((sum, item) => sum + (item.values[index] ?? 0), 0),
  );
  return series.map((item) =>
    item.values.map((value, index) => {
      const total = totals[index] ?? 0;
      return value === null ? null : total === 0 ? 0 : (value / total) * 100;
    }),
  );
}

/**
 * Vertical stacked bars: action lines by sector, and the trend per report year by sector. Right to
 * left, categories run from the right and the value axis stands on the right.
 */
export function buildStackedOption(
  { categories, series, axisName, share = false, narrow = false }: StackedInput,
  locale: ChartLocale = englishChartLocale(),
  sizes: ChartTextSizes = SCREEN_TYPE,
  palette: ChartPalette = LIGHT_PALETTE,
): EChartsOption {
  const anySelected = categories.some((category) => category.selected);
  const { rtl, t } = locale;
  const drawn = share ? sharesOf(series, categories.length) : series.map((item) => item.values);
  const percent = (value: number) =>
    locale.number(value / 100, { style: "percent", maximumFractionDigits: 0 });
  return {
    ...baseOption(),
    legend: {
      top: 0,
      type: "scroll",
      textStyle: { fontSize: sizes.legend },
      ...(rtl ? { right: 0, align: "right" as const } : {}),
    },
    // The legend's row, then the value axis' name under it: the two never share a line.
    grid: {
      left: 8,
      right: 16,
      top: Math.round(60 * (sizes.legend / SCREEN_TYPE.legend)),
      bottom: 8,
      ...CONTAIN_AXIS_LABELS,
    },
    tooltip: {
      ...baseOption().tooltip,
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params: unknown) => {
        const items = params as Array<{
          dataIndex: number;
          seriesIndex: number;
          seriesName: string;
          value: number | null;
          color: string;
        }>;
        const category = categories[items[0]?.dataIndex ?? -1];
        if (!category) return "";
        const lines = items
          .filter((item) => item.value !== null && item.value !== 0)
          .map((item) => {
            const count = series[item.seriesIndex]?.values[item.dataIndex] ?? 0;
            const shown = share
              ? `${percent(item.value ?? 0)}</b> (${locale.number(count)})`
              : `${locale.number(item.value ?? 0)}</b>`;
            return `${escapeHtml(item.seriesName)}: <b>${shown}`;
          });
        return [
          `<b>${escapeHtml(category.label)}</b>`,
          ...(lines.length > 0 ? lines : [escapeHtml(t("overview.describe.none"))]),
        ].join("<br/>");
      },
    },
    xAxis: {
      type: "category",
      data: categories.map((category) => category.value),
      // Every tick is tried; labels that would still overlap (years on a phone) are left out.
      axisLabel: {
        interval: 0,
        hideOverlap: true,
        fontSize: sizes.label,
        ...(narrow ? { rotate: 45 } : {}),
      },
      inverse: rtl,
    },
    yAxis: {
      type: "value",
      name: axisName,
      nameMoveOverlap: false,
      // Starting at the axis, the name reads into the chart rather than past the card's edge.
      nameTextStyle: { align: rtl ? "right" : "left", fontSize: sizes.axisName },
      position: rtl ? "right" : "left",
      ...(share
        ? {
            max: 100,
            axisLabel: { formatter: (value: number) => percent(value), fontSize: sizes.label },
          }
        : {
            minInterval: 1,
            axisLabel: { formatter: (value: number) => locale.number(value), fontSize: sizes.label },
          }),
    },
    series: series.map((item, seriesIndex) => ({
      type: "bar",
      id: item.name,
      name: item.name,
      stack: "total",
      barMaxWidth: 36,
      itemStyle: { color: item.color, ...markOutline(palette) },
      emphasis: { focus: "series" },
      data: (drawn[seriesIndex] ?? []).map((value, index) => ({
        value,
        filterValue: categories[index]?.value,
        itemStyle: { opacity: anySelected && !categories[index]?.selected ? 0.4 : 1 },
      })),
    })),
  };
}
