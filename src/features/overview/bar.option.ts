import type { EChartsOption } from "echarts";
import { baseOption, selectionStyle } from "../../components/chart/base-option";
import { englishChartLocale, type ChartLocale } from "../../components/chart/chart-locale";
import { escapeHtml } from "../../components/chart/escape-html";
import { SCREEN_TYPE, type ChartTextSizes } from "../../components/chart/type-scale";
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
  sizes: ChartTextSizes = SCREEN_TYPE,
): EChartsOption {
  const anySelected = rows.some((row) => row.selected);
  const { rtl, t } = locale;
  // The layout grows with the type: larger labels on slides get proportionally more room.
  const grow = sizes.label / SCREEN_TYPE.label;
  const nameMargin = Math.round(NAME_MARGIN * grow);
  const countMargin = Math.round(COUNT_MARGIN * grow);
  return {
    ...baseOption(),
    // Fixed margins rather than containLabel: the names are cut at LABEL_WIDTH anyway, and measuring every
    // label to fit the grid around them was most of a first draw (about 60 ms of 170, npm run bench).
    grid: {
      left: rtl ? countMargin : nameMargin,
      right: rtl ? nameMargin : countMargin,
      top: 8,
      bottom: Math.round(48 * grow),
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
      nameGap: Math.round(24 * grow),
      nameTextStyle: { fontSize: sizes.axisName },
      minInterval: 1,
      splitNumber: 3,
      inverse: rtl,
      // On a phone the value axis is ~120 px wide: numbers that would run together are left out.
      axisLabel: {
        formatter: (value: number) => locale.number(value),
        hideOverlap: true,
        fontSize: sizes.label,
      },
    },
    yAxis: {
      type: "category",
      inverse: true,
      position: rtl ? "right" : "left",
      data: rows.map((row) => row.label),
      // Long names are cut here and given in full by the tooltip and the table twin.
      // Every category named (interval 0): the bars are tall enough for their labels at every size.
      axisLabel: {
        width: Math.round(LABEL_WIDTH * grow),
        overflow: "truncate",
        fontSize: sizes.label,
        interval: 0,
      },
    },
    series: [
      {
        type: "bar",
        id: "counts",
        barMaxWidth: 28,
        // The faded bars' numbers stay fully legible: a selection is shown by the bars, not by grey text.
        label: { show: true, position: rtl ? "left" : "right", fontSize: sizes.value, opacity: 1 },
        data: rows.map((row) => ({
          value: row.count,
          filterValue: row.value,
          itemStyle: { color: row.color, ...selectionStyle(row.selected, anySelected) },
        })),
      },
    ],
  };
}
