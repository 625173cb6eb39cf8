import type { EChartsOption } from "echarts";
import { baseOption, CONTAIN_AXIS_LABELS } from "../../components/chart/base-option";
import { englishChartLocale, type ChartLocale } from "../../components/chart/chart-locale";
import { LIGHT_PALETTE, markOutline, type ChartPalette } from "../../components/chart/chart-palette";
import { escapeHtml } from "../../components/chart/escape-html";
import type { ChangeItem } from "./compare-model";
import { changeMarker, describeChange, directionOf, formatCount, formatSigned } from "./format-change";

/** The bar's colour by direction; "no change" labels take the palette's darker grey for text. */
const directionColors = (palette: ChartPalette) => ({
  up: palette.up,
  down: palette.down,
  same: palette.same,
});
const labelColors = (palette: ChartPalette) => ({ ...directionColors(palette), same: palette.sameText });

/** Legend names: unique even when A and B are the same year. */
export const yearSeriesNames = (
  yearA: number,
  yearB: number,
  locale: ChartLocale = englishChartLocale(),
) => ({
  a: locale.t("compare.changes.legendA", { year: yearA }),
  b: locale.t("compare.changes.legendB", { year: yearB }),
});

/**
 * A dumbbell per category: a hollow dot at A, a filled dot at B and a bar between them coloured by
 * direction, labelled with ▲/▼ and signed numbers so that colour is never the only cue. The bar is an
 * invisible stack base (the smaller count) plus the difference: only bar and line charts are registered.
 */
export function buildDumbbellOption(
  rows: readonly ChangeItem[],
  yearA: number,
  yearB: number,
  /** Phones: shorter names, and only the signed change by the bar (the % is in the tooltip and table). */
  compact = false,
  locale: ChartLocale = englishChartLocale(),
  palette: ChartPalette = LIGHT_PALETTE,
): EChartsOption {
  const { rtl, t } = locale;
  const bars = directionColors(palette);
  const labels = labelColors(palette);
  const [aColor, bColor] = [palette.muted, palette.accent];
  const names = yearSeriesNames(yearA, yearB, locale);
  const changeLabel = (row: ChangeItem) =>
    row.percentChange === null
      ? ""
      : compact
        ? `${changeMarker(row.change)} ${formatSigned(row.change)}`
        : (describeChange(row.change, row.percentChange) ?? "");
  const dot = (name: string, pick: (row: ChangeItem) => number, filled: boolean) => ({
    type: "line" as const,
    // Ids keep each series across updates (see SERIES_REPLACE_MERGE); the names may be equal.
    id: filled ? "year-b" : "year-a",
    name,
    symbol: filled ? "circle" : "emptyCircle",
    symbolSize: 12,
    z: filled ? 4 : 3,
    lineStyle: { opacity: 0 },
    itemStyle: filled ? { color: bColor } : { color: aColor, borderColor: aColor, borderWidth: 2.5 },
    emphasis: { scale: 1.4 },
    data: rows.map((row) => ({ value: pick(row), filterValue: row.category })),
  });
  return {
    ...baseOption(),
    legend: {
      top: 0,
      ...(rtl ? { right: 0, align: "right" as const } : { left: 0 }),
      data: [
        { name: names.a, icon: "emptyCircle" },
        { name: names.b, icon: "circle" },
      ],
    },
    grid: {
      left: rtl ? (compact ? 44 : 96) : 8,
      right: rtl ? 8 : compact ? 44 : 96,
      top: 32,
      bottom: 28,
      ...CONTAIN_AXIS_LABELS,
    },
    tooltip: {
      ...baseOption().tooltip,
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params: unknown) => {
        const row = rows[(params as Array<{ dataIndex: number }>)[0]?.dataIndex ?? -1];
        if (!row) return "";
        return [
          `<b>${escapeHtml(row.label)}</b>`,
          `${yearA}: <b>${formatCount(row.a)}</b> · ${yearB}: <b>${formatCount(row.b)}</b>`,
          escapeHtml(describeChange(row.change, row.percentChange) ?? t("compare.changes.neither")),
        ].join("<br/>");
      },
    },
    xAxis: {
      type: "value",
      name: t("overview.activitiesAxis"),
      nameLocation: "middle",
      nameGap: 24,
      nameMoveOverlap: false,
      minInterval: 1,
      splitNumber: compact ? 3 : 5,
      inverse: rtl,
      axisLabel: { formatter: (value: number) => locale.number(value) },
    },
    yAxis: {
      type: "category",
      inverse: true,
      position: rtl ? "right" : "left",
      data: rows.map((row) => row.label),
      axisTick: { show: false },
      // Long names wrap to two lines in their 30 px row; what is still cut is given in full by the
      // tooltip and the table twin.
      axisLabel: {
        width: compact ? 104 : 180,
        overflow: "break",
        lineOverflow: "truncate",
        lineHeight: 14,
        height: 28,
      },
    },
    series: [
      {
        type: "bar",
        id: "span-start",
        stack: "span",
        silent: true,
        itemStyle: { color: "transparent" },
        emphasis: { disabled: true },
        data: rows.map((row) => ({ value: Math.min(row.a, row.b), filterValue: row.category })),
      },
      {
        type: "bar",
        id: "span",
        stack: "span",
        barWidth: 6,
        emphasis: { disabled: true },
        label: {
          show: true,
          position: rtl ? "left" : "right",
          distance: 12,
          fontSize: 12,
          formatter: (params: unknown) => {
            const row = rows[(params as { dataIndex: number }).dataIndex];
            return row ? changeLabel(row) : "";
          },
        },
        data: rows.map((row) => ({
          value: Math.abs(row.change),
          filterValue: row.category,
          itemStyle: { color: bars[directionOf(row.change)], borderRadius: 3, ...markOutline(palette) },
          label: { color: labels[directionOf(row.change)] },
        })),
      },
      dot(names.a, (row) => row.a, false),
      dot(names.b, (row) => row.b, true),
    ],
  };
}
