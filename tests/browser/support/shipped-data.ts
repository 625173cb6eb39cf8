import { readFileSync, readdirSync } from "node:fs";
import type { Activity } from "../../../src/schema/report";

const reportsDir = new URL("../../../data/reports/", import.meta.url);

/** Read straight from data/, so browser tests compare the app with the files, not with constants. */
export function loadShippedActivities(): Array<Activity & { year: number }> {
  return readdirSync(reportsDir)
    .filter((name) => name.endsWith(".json"))
    .flatMap((name) => {
      const report = JSON.parse(readFileSync(new URL(name, reportsDir), "utf8")) as {
        meta: { year: number };
        activities: Activity[];
      };
      return report.activities.map((activity) => ({ ...activity, year: report.meta.year }));
    });
}
