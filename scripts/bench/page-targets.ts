import type { ReadyWhen } from "./page-bytes";

export const FIRST_CHART_MARK = "wsis:first-chart";

/** The pages the benchmark loads, with what "ready" means for each. */
export const PAGES: Record<string, { hash: string; ready: ReadyWhen }> = {
  overview: { hash: "#/", ready: { mark: FIRST_CHART_MARK } },
  activities: { hash: "#/activities", ready: { selector: "tbody tr[data-index]" } },
  embed: { hash: "#/embed/sdgs?title=0", ready: { mark: FIRST_CHART_MARK } },
};
