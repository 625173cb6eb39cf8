import type { EChartsOption } from "echarts";
import { baseOption, CONTAIN_AXIS_LABELS } from "../../components/chart/base-option";
import { englishChartLocale, type ChartLocale } from "../../components/chart/chart-locale";
import { LIGHT_PALETTE, type ChartPalette } from "../../components/chart/chart-palette";
import { escapeHtml } from "../../components/chart/escape-html";
import { baseUnit, unitKey, type IndicatorSeries } from "../../domain/indicator-series";
import { describePointChange, formatFigure } from "./indicator-format";

/** The axis names the unit only when every figure shares it. */
function commonUnit(series: IndicatorSeries): string {
  const keys = new Set(series.points.map((point) => unitKey(point.unit)));
  return keys.size === 1 ? baseUnit(series.points[0]?.unit ?? "") : "";
}

/**
 * One metric over the years. Series 0 holds every figure (the keyboard walks it); the lines are drawn
 * apart, only between figures that compare: solid for consecutive years, dashed across years without a
 * figure, and none where the unit changes. A figure that does not compare with the one before is a
 * diamond, so that the break never rests on colour alone.
 */
export function buildIndicatorOption(
  series: IndicatorSeries,
  yearA: number,
  yearB: number,
  locale: ChartLocale = englishChartLocale(),
  palette: ChartPalette = LIGHT_PALETTE,
): EChartsOption {
  const { points } = series;
  const { accent, warning } = palette;
  const { rtl } = locale;
  const compact = (value: number) => locale.number(value, { notation: "compact", maximumFractionDigits: 1 });
  return {
    ...baseOption(),
    grid: { left: rtl ? 24 : 8, right: rtl ? 8 : 24, top: 36, bottom: 8, ...CONTAIN_AXIS_LABELS },
    tooltip: {
      ...baseOption().tooltip,
      trigger: "item",
      formatter: (params: unknown) => {
        const point = points[(params as { dataIndex: number }).dataIndex];
        if (!point) return "";
        return [
          `<b>${point.year}</b>`,
          escapeHtml(formatFigure(point)),
          escapeHtml(describePointChange(point)),
          point.note ? `<i>${escapeHtml(point.note)}</i>` : "",
        ]
          .filter(Boolean)
          .join("<br/>");
      },
    },
    xAxis: {
      type: "category",
      data: series.years.map(String),
      inverse: rtl,
      axisTick: { alignWithLabel: true },
      axisLabel: {
        hideOverlap: true,
        formatter: (value: string) =>
          Number(value) === yearA || Number(value) === yearB ? `{picked|${value}}` : value,
        rich: { picked: { fontWeight: "bold", color: accent } },
      },
    },
    yAxis: {
      type: "value",
      name: commonUnit(series),
      nameMoveOverlap: false,
      position: rtl ? "right" : "left",
      nameTextStyle: { align: rtl ? "right" : "left" },
      axisLabel: { formatter: (value: number) => compact(value) },
    },
    series: [
      {
        type: "line",
        id: "figures",
        name: series.metric.label,
        z: 3,
        // Every figure keeps its marker even when the axis thins out its labels.
        showAllSymbol: true,
        lineStyle: { opacity: 0 },
        label: {
          show: true,
          position: "top",
          fontSize: 11,
          formatter: (params: unknown) => {
            const point = points[(params as { dataIndex: number }).dataIndex];
            return point ? compact(point.value) : "";
          },
        },
        labelLayout: { hideOverlap: true },
        data: points.map((point) => ({
          value: [String(point.year), point.value],
          symbol: point.comparable ? "circle" : "diamond",
          symbolSize: point.comparable ? 9 : 13,
          itemStyle: { color: point.comparable ? accent : warning },
        })),
      },
      ...series.links.map((link, index) => ({
        type: "line" as const,
        id: `link-${index}`,
        silent: true,
        symbol: "none",
        z: 2,
        lineStyle: {
          color: accent,
          width: 2,
          type: link.missingYears > 0 ? ("dashed" as const) : ("solid" as const),
        },
        data: [points[link.from], points[link.to]].flatMap((point) =>
          point ? [[String(point.year), point.value]] : [],
        ),
      })),
    ],
  };
}
