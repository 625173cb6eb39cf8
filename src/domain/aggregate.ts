import { mainLineOf } from "./action-line-codes";
import type { ActivityRecord } from "./activity-record";
import { countBy, sectorOf } from "./count-by";

/** activities x main action line (sub-lines rolled up), counted once per activity and line. */
export const countByMainLine = (activities: readonly ActivityRecord[]) =>
  countBy(activities, (activity) => activity.actionLines.map((link) => mainLineOf(link.code)));

/** Key "C2|ITU-D" → count: the action-line chart stacked by sector. */
export const countByMainLineAndSector = (activities: readonly ActivityRecord[]) =>
  countBy(activities, (activity) =>
    activity.actionLines.map((link) => `${mainLineOf(link.code)}|${sectorOf(activity)}`),
  );

/** Key "C2|9" → count: the action line x SDG matrix. */
export const countByMainLineAndSdg = (activities: readonly ActivityRecord[]) =>
  countBy(activities, (activity) =>
    activity.actionLines.flatMap((link) => activity.sdgs.map((sdg) => `${mainLineOf(link.code)}|${sdg.sdg}`)),
  );

/** Key "2023|ITU-D" → count: the trend per report year. */
export const countByYearAndSector = (activities: readonly ActivityRecord[]) =>
  countBy(activities, (activity) => [`${activity.year}|${sectorOf(activity)}`]);

/** Every year from the first to the last report, so that years without data show as gaps, not as absent. */
export function yearSpan(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
