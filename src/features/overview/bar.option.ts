import type { EChartsOption } from "echarts";
import { baseOption, selectionStyle } from "../../components/chart/base-option";
import { englishChartLocale, type ChartLocale } from "../../components/chart/chart-locale";
import { escapeHtml } from "../../components/chart/escape-html";
import type { CountRow } from "./chart-rows";

const LABEL_WIDTH = 150;
// The category names (cut at LABEL_WIDTH, 8 px from the axis) on one side, the counts beside the bars on the other.
const NAME_MARGIN = LABEL_WIDTH + 16;
const COUNT_MARGIN = 48;

/**
 * Horizontal bars read well with long category names (sectors, SDGs) and on narrow screens. Right to
 * left, the names move to the right and the bars grow leftwards.
 */
export function buildBarOption(
  rows: readonly CountRow[],
  axisName: string,
  locale: ChartLocale = englishChartLocale(),
): EChartsOption {
  const anySelected = rows.some((row) => row.selected);
  const { rtl, t } = locale;
  return {
    ...baseOption(),
    // Fixed margins rather than containLabel: the names are cut at LABEL_WIDTH anyway, and measuring every
    // label to fit the grid around them was most of a first draw (about 60 ms of 170, npm run bench).
    grid: {
      left: rtl ? COUNT_MARGIN : NAME_MARGIN,
      right: rtl ? NAME_MARGIN : COUNT_MARGIN,
      top: 8,
      bottom: 48,
      outerBoundsMode: "none",
    },
    tooltip: {
      ...baseOption().tooltip,
      trigger: "item",
      formatter: (params: unknown) => {
        const { dataIndex } = params as { dataIndex: number };
        const row = rows[dataIndex];
        return row ? `${escapeHtml(row.label)}<br/>${t("overview.tooltipCount", { count: row.count })}` : "";
      },
    },
    xAxis: {
      type: "value",
      name: axisName,
      nameLocation: "middle",
      nameGap: 24,
      minInterval: 1,
      splitNumber: 3,
      inverse: rtl,
      // On a phone the value axis is ~120 px wide: numbers that would run together are left out.
      axisLabel: { formatter: (value: number) => locale.number(value), hideOverlap: true },
    },
    yAxis: {
      type: "category",
      inverse: true,
      position: rtl ? "right" : "left",
      data: rows.map((row) => row.label),
      // Long names are cut here and given in full by the tooltip and the table twin.
      axisLabel: { width: LABEL_WIDTH, overflow: "truncate" },
    },
    series: [
      {
        type: "bar",
        id: "counts",
        barMaxWidth: 28,
        label: { show: true, position: rtl ? "left" : "right" },
        data: rows.map((row) => ({
          value: row.count,
          filterValue: row.value,
          itemStyle: { color: row.color, ...selectionStyle(row.selected, anySelected) },
        })),
      },
    ],
  };
}
