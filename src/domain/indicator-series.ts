import type { IndicatorPoint, Indicators, Metric } from "../schema/indicators";
import { yearSpan } from "./aggregate";
import { percentChange, type PercentChange } from "./compare";

export interface PointChange {
  /** The figure this one is compared with. */
  from: IndicatorPoint;
  absolute: number;
  percent: PercentChange;
}

export interface SeriesPoint extends IndicatorPoint {
  /** False when the unit differs from the previous figure's: the series changes meaning here. */
  comparable: boolean;
  /** Change from the previous figure of the metric (an earlier year, or earlier in the same year). */
  change: PointChange | null;
}

/** Consecutive figures that compare: drawn joined, dashed when years without a figure lie between. */
export interface SeriesLink {
  from: number;
  to: number;
  missingYears: number;
}

export interface IndicatorSeries {
  metric: Metric;
  /** In year order; two figures of one year keep the order of the file (e.g. June, then October). */
  points: SeriesPoint[];
  /** Every year from the first figure to the last: years without a figure are gaps, not zeros. */
  years: number[];
  links: SeriesLink[];
}

/**
 * Units are compared without their parenthesised detail: "USD billion (500 pledges)" and "USD billion
 * (360+ pledges)" measure the same thing; "participants" and "cumulative virtual attendees" do not.
 */
export function unitKey(unit: string): string {
  return baseUnit(unit).toLowerCase();
}

/** The unit without its parenthesised detail, as written: "USD billion (500 pledges)" → "USD billion". */
export function baseUnit(unit: string): string {
  return unit
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function changeBetween(from: IndicatorPoint, to: IndicatorPoint): PointChange | null {
  if (unitKey(from.unit) !== unitKey(to.unit)) return null;
  return { from, absolute: to.value - from.value, percent: percentChange(from.value, to.value) };
}

export function buildIndicatorSeries(indicators: Indicators, metricId: string): IndicatorSeries | undefined {
  const metric = indicators.metrics.find((candidate) => candidate.id === metricId);
  if (!metric) return undefined;
  // Array.prototype.sort is stable, so figures of the same year stay in file order.
  const sorted = indicators.points
    .filter((point) => point.metric === metricId)
    .sort((x, y) => x.year - y.year);
  const points = sorted.map((point, index): SeriesPoint => {
    const previous = sorted[index - 1];
    const change = previous ? changeBetween(previous, point) : null;
    return { ...point, comparable: previous === undefined || change !== null, change };
  });
  const links = points.flatMap((point, index) => {
    const previous = points[index - 1];
    if (!previous || !point.change) return [];
    return [{ from: index - 1, to: index, missingYears: Math.max(0, point.year - previous.year - 1) }];
  });
  return { metric, points, years: yearSpan(points.map((point) => point.year)), links };
}

export interface MetricSummary {
  metric: Metric;
  pointCount: number;
  firstYear: number;
  lastYear: number;
}

/** Metrics that have at least one figure, in the order of the file, for the metric picker. */
export function summarizeMetrics(indicators: Indicators): MetricSummary[] {
  return indicators.metrics.flatMap((metric) => {
    const years = indicators.points.filter((point) => point.metric === metric.id).map((point) => point.year);
    if (years.length === 0) return [];
    return [
      { metric, pointCount: years.length, firstYear: Math.min(...years), lastYear: Math.max(...years) },
    ];
  });
}

export interface YearComparison {
  /** The last figure of year A, and of year B; undefined when that year has none. */
  a: SeriesPoint | undefined;
  b: SeriesPoint | undefined;
  /** Null when a figure is missing or the two do not compare. */
  change: PointChange | null;
}

export function compareIndicatorYears(series: IndicatorSeries, yearA: number, yearB: number): YearComparison {
  const lastOf = (year: number) => series.points.filter((point) => point.year === year).at(-1);
  const a = lastOf(yearA);
  const b = lastOf(yearB);
  return { a, b, change: a && b ? changeBetween(a, b) : null };
}
