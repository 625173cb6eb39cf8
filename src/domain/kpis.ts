import { mainLineOf } from "./action-line-codes";
import type { ActivityRecord } from "./activity-record";

export interface KpiValues {
  activities: number;
  sectors: number;
  actionLines: number;
  sdgs: number;
}

export function computeKpis(activities: readonly ActivityRecord[]): KpiValues {
  return {
    activities: activities.length,
    sectors: new Set(activities.flatMap((activity) => (activity.sector ? [activity.sector.code] : []))).size,
    actionLines: new Set(
      activities.flatMap((activity) => activity.actionLines.map((link) => mainLineOf(link.code))),
    ).size,
    sdgs: new Set(activities.flatMap((activity) => activity.sdgs.map((link) => link.sdg))).size,
  };
}

export interface KpiComparison {
  year: number;
  previousYear: number;
  current: KpiValues;
  previous: KpiValues;
}

/**
 * Which years the KPI tiles compare: the latest year in view against the report year before it (the
 * previous year that has a report, not the calendar year before). Undefined when there is none.
 */
export function latestYearPair(
  reportYears: readonly number[],
  yearsInView: readonly number[],
): { year: number; previousYear: number } | undefined {
  const candidates = yearsInView.length > 0 ? yearsInView : reportYears;
  const year = Math.max(...candidates.filter((candidate) => reportYears.includes(candidate)));
  const previousYear = Math.max(...reportYears.filter((candidate) => candidate < year));
  if (!Number.isFinite(year) || !Number.isFinite(previousYear)) return undefined;
  return { year, previousYear };
}

/** compareLatestYear over activities already filtered on every dimension but the year. */
export function compareLatestYear(
  activities: readonly ActivityRecord[],
  reportYears: readonly number[],
  yearsInView: readonly number[],
): KpiComparison | undefined {
  const pair = latestYearPair(reportYears, yearsInView);
  if (pair === undefined) return undefined;
  return {
    ...pair,
    current: computeKpis(activities.filter((activity) => activity.year === pair.year)),
    previous: computeKpis(activities.filter((activity) => activity.year === pair.previousYear)),
  };
}
