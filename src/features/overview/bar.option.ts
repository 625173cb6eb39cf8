import type { EChartsOption } from "echarts";
import { baseOption, selectionStyle } from "../../components/chart/base-option";
import { englishChartLocale, type ChartLocale } from "../../components/chart/chart-locale";
import { escapeHtml } from "../../components/chart/escape-html";
import type { CountRow } from "./chart-rows";

// Category names wrap to two lines of this width before they are cut (a phone gives them less).
const LABEL_WIDTH = { wide: 180, narrow: 124 } as const;
const COUNT_MARGIN = 48;
/** Two lines of 12 px text in a row of 30 px (BarCard's row height). */
export const TWO_LINE_LABEL = {
  overflow: "break",
  lineOverflow: "truncate",
  lineHeight: 14,
  height: 28,
} as const;

/**
 * Horizontal bars read well with long category names (sectors, SDGs) and on narrow screens. Right to
 * left, the names move to the right and the bars grow leftwards.
 */
export function buildBarOption(
  rows: readonly CountRow[],
  axisName: string,
  locale: ChartLocale = englishChartLocale(),
  { narrow = false }: { narrow?: boolean } = {},
): EChartsOption {
  const anySelected = rows.some((row) => row.selected);
  const { rtl, t } = locale;
  const labelWidth = narrow ? LABEL_WIDTH.narrow : LABEL_WIDTH.wide;
  // The category names (8 px from the axis) on one side, the counts beside the bars on the other.
  const nameMargin = labelWidth + 16;
  return {
    ...baseOption(),
    // Fixed margins rather than containLabel: the names are cut at LABEL_WIDTH anyway, and measuring every
    // label to fit the grid around them was most of a first draw (about 60 ms of 170, npm run bench).
    grid: {
      left: rtl ? COUNT_MARGIN : nameMargin,
      right: rtl ? nameMargin : COUNT_MARGIN,
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
      // Long names wrap to two lines (fitAxisLabels breaks them between words); what is still cut is
      // given in full by the tooltip and the table twin.
      axisLabel: { width: labelWidth, ...TWO_LINE_LABEL },
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
