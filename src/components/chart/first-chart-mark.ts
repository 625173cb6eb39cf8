/**
 * The performance mark of the page's first drawn chart: the bench times it (npm run bench) and deferred
 * work waits for it (after-first-chart.ts). A module of its own, so that waiting for the mark does not pull
 * the chart code into the entry chunk.
 */
export const FIRST_CHART_MARK = "wsis:first-chart";

export const hasFirstChart = (): boolean => performance.getEntriesByName(FIRST_CHART_MARK).length > 0;

/** Sets the mark the first time a chart draws; a no-op after that. */
export function markFirstChart(): void {
  if (!hasFirstChart()) performance.mark(FIRST_CHART_MARK);
}
