import type { EChartsOption } from "echarts";
import { baseOption, CONTAIN_AXIS_LABELS } from "../../components/chart/base-option";
import { englishChartLocale, type ChartLocale } from "../../components/chart/chart-locale";
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
}

/**
 * Vertical stacked bars: action lines by sector, and the trend per report year by sector. Right to
 * left, categories run from the right and the value axis stands on the right.
 */
export function buildStackedOption(
  { categories, series, axisName }: StackedInput,
  locale: ChartLocale = englishChartLocale(),
  sizes: ChartTextSizes = SCREEN_TYPE,
): EChartsOption {
  const anySelected = categories.some((category) => category.selected);
  const { rtl, t } = locale;
  return {
    ...baseOption(),
    legend: {
      top: 0,
      type: "scroll",
      textStyle: { fontSize: sizes.legend },
      ...(rtl ? { right: 0, align: "right" as const } : {}),
    },
    grid: {
      left: 8,
      right: 16,
      top: Math.round(40 * (sizes.legend / SCREEN_TYPE.legend)),
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
          seriesName: string;
          value: number | null;
          color: string;
        }>;
        const category = categories[items[0]?.dataIndex ?? -1];
        if (!category) return "";
        const lines = items
          .filter((item) => item.value !== null && item.value !== 0)
          .map((item) => `${escapeHtml(item.seriesName)}: <b>${locale.number(item.value ?? 0)}</b>`);
        return [
          `<b>${escapeHtml(category.label)}</b>`,
          ...(lines.length > 0 ? lines : [escapeHtml(t("overview.describe.none"))]),
        ].join("<br/>");
      },
    },
    xAxis: {
      type: "category",
      data: categories.map((category) => category.value),
      axisLabel: { interval: 0, hideOverlap: true, fontSize: sizes.label },
      inverse: rtl,
    },
    yAxis: {
      type: "value",
      name: axisName,
      nameMoveOverlap: false,
      nameTextStyle: { fontSize: sizes.axisName },
      minInterval: 1,
      position: rtl ? "right" : "left",
      axisLabel: { formatter: (value: number) => locale.number(value), fontSize: sizes.label },
    },
    series: series.map((item) => ({
      type: "bar",
      id: item.name,
      name: item.name,
      stack: "total",
      barMaxWidth: 36,
      itemStyle: { color: item.color },
      emphasis: { focus: "series" },
      data: item.values.map((value, index) => ({
        value,
        filterValue: categories[index]?.value,
        itemStyle: { opacity: anySelected && !categories[index]?.selected ? 0.4 : 1 },
      })),
    })),
  };
}
