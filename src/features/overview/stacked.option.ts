import type { EChartsOption } from "echarts";
import { baseOption } from "../../components/chart/base-option";
import { escapeHtml } from "../../components/chart/escape-html";

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

/** Vertical stacked bars: action lines by sector, and the trend per report year by sector. */
export function buildStackedOption({ categories, series, axisName }: StackedInput): EChartsOption {
  const anySelected = categories.some((category) => category.selected);
  return {
    ...baseOption(),
    legend: { top: 0, type: "scroll" },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
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
          .map((item) => `${escapeHtml(item.seriesName)}: <b>${item.value}</b>`);
        return [
          `<b>${escapeHtml(category.label)}</b>`,
          ...(lines.length > 0 ? lines : ["no activities"]),
        ].join("<br/>");
      },
    },
    xAxis: {
      type: "category",
      data: categories.map((category) => category.value),
      axisLabel: { interval: 0, hideOverlap: true },
    },
    yAxis: { type: "value", name: axisName, minInterval: 1 },
    series: series.map((item) => ({
      type: "bar",
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
