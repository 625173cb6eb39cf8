import type { IndicatorPoint } from "../../schema/indicators";
import type { PointChange, SeriesPoint } from "../../domain/indicator-series";
import { i18n } from "../../i18n/i18n";
import { changeMarker, formatCount, formatPercent, formatSigned } from "./format-change";

/** The figure as the source hedges it: "more than 1,150 participants". */
export function formatFigure(point: IndicatorPoint): string {
  return `${point.qualifier ? `${point.qualifier} ` : ""}${formatCount(point.value)} ${point.unit}`;
}

/** "▲ +150 (+13%) since 2011", or "since the earlier 2022 figure" for two figures in one year. */
export function formatPointChange(change: PointChange, year: number): string {
  const since =
    change.from.year === year
      ? i18n.t("compare.indicators.sinceEarlier", { year })
      : i18n.t("compare.indicators.since", { year: change.from.year });
  return `${changeMarker(change.absolute)} ${formatSigned(change.absolute)} (${formatPercent(change.percent)}) ${since}`;
}

/** What the change column says for any point: a change, a break in meaning, or nothing before it. */
export function describePointChange(point: SeriesPoint): string {
  if (point.change) return formatPointChange(point.change, point.year);
  return point.comparable ? i18n.t("compare.indicators.first") : i18n.t("compare.indicators.breakInSeries");
}
