import type { EChartsOption } from "echarts";
import { baseOption, selectionStyle } from "../../components/chart/base-option";
import { englishChartLocale, type ChartLocale } from "../../components/chart/chart-locale";
import { LIGHT_PALETTE, type ChartPalette } from "../../components/chart/chart-palette";
import { escapeHtml } from "../../components/chart/escape-html";
import { SCREEN_TYPE, type ChartTextSizes } from "../../components/chart/type-scale";
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
  sizes: ChartTextSizes = SCREEN_TYPE,
  { narrow = false }: { narrow?: boolean } = {},
  palette: ChartPalette = LIGHT_PALETTE,
): EChartsOption {
  const anySelected = rows.some((row) => row.selected);
  const { rtl, t } = locale;
  // The layout grows with the type: larger labels on slides get proportionally more room.
  const grow = sizes.label / SCREEN_TYPE.label;
  const labelWidth = Math.round((narrow ? LABEL_WIDTH.narrow : LABEL_WIDTH.wide) * grow);
  // The category names (8 px from the axis) on one side, the counts beside the bars on the other.
  const nameMargin = labelWidth + Math.round(16 * grow);
  const countMargin = Math.round(COUNT_MARGIN * grow);
  return {
    ...baseOption(),
    // Fixed margins rather than containLabel: the names are cut at LABEL_WIDTH anyway, and measuring every
    // label to fit the grid around them is most of a first draw (docs/decisions/008).
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
      // Long names wrap to two lines (fitAxisLabels breaks them between words); what is still cut is
      // given in full by the tooltip and the table twin. Every category is named (interval 0).
      axisLabel: {
        width: labelWidth,
        ...TWO_LINE_LABEL,
        lineHeight: Math.round(TWO_LINE_LABEL.lineHeight * grow),
        height: Math.round(TWO_LINE_LABEL.height * grow),
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
          itemStyle: { color: row.color, ...selectionStyle(palette, row.selected, anySelected) },
        })),
      },
    ],
  };
}
