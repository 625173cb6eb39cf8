import { FIRST_CHART_MARK } from "../../src/components/chart/first-chart-mark";
import type { ReadyWhen } from "./page-bytes";

/** The pages whose JS and CSS bytes the benchmark counts, with what "ready" means for each. */
export const PAGES: Record<string, { hash: string; ready: ReadyWhen }> = {
  overview: { hash: "#/", ready: { mark: FIRST_CHART_MARK } },
  activities: { hash: "#/activities", ready: { selector: "tbody tr[data-index]" } },
  embed: { hash: "#/embed/sdgs?title=0", ready: { mark: FIRST_CHART_MARK } },
};

/** The pages whose first chart the benchmark times against the floor page's (issue 23's goals). */
export const FIRST_CHART_PAGES = {
  landing: "#/",
  filtered: "#/?sdg=5&year=2023",
  embed: "#/embed/sdgs?sdg=5&year=2023",
} as const;
