import { describe, expect, it } from "vitest";
import { makeActivity } from "../../../tests/fixtures/dataset";
import type { ActivityRecord } from "../../domain/activity-record";
import { diffActivitiesByKey } from "../../domain/compare";
import { summarizeDiff } from "./diff-summary";

const record = (year: number, id: string, key: string, sector = "ITU-D"): ActivityRecord => ({
  ...makeActivity({ id, key, sector: { code: sector, basis: "stated" } }),
  year,
  reportKind: "compiled",
});

// 2022: forum (2 activities), school, radio. 2023: forum (1), school (3), youth (2, one initiative), cyber.
const yearA = [record(2022, "a1", "forum"), record(2022, "a2", "forum"), record(2022, "a3", "school")];
yearA.push(record(2022, "a4", "radio", "ITU-R"));
const yearB = [record(2023, "b1", "forum"), record(2023, "b2", "school"), record(2023, "b3", "school")];
yearB.push(record(2023, "b4", "school"), record(2023, "b5", "youth"), record(2023, "b6", "youth"));
yearB.push(record(2023, "b7", "cyber", "ITU-R"));
const diff = diffActivitiesByKey(yearA, yearB);

describe("summarizeDiff", () => {
  it("counts activities, so that new + continued is B and continued + gone is A", () => {
    const summary = summarizeDiff(diff, () => true);
    expect(summary).toEqual({
      added: { activities: 3, initiatives: 2 },
      continued: { a: 3, b: 4, initiatives: 2 },
      removed: { activities: 1, initiatives: 1 },
    });
    expect(summary.added.activities + summary.continued.b).toBe(yearB.length);
    expect(summary.continued.a + summary.removed.activities).toBe(yearA.length);
  });

  it("counts only the activities shown, and still adds up to the filtered totals", () => {
    const shown = (activity: ActivityRecord) => activity.sector?.code === "ITU-R";
    const summary = summarizeDiff(diff, shown);
    expect(summary).toEqual({
      added: { activities: 1, initiatives: 1 },
      continued: { a: 0, b: 0, initiatives: 0 },
      removed: { activities: 1, initiatives: 1 },
    });
    const onlyD = summarizeDiff(diff, (activity) => activity.sector?.code === "ITU-D");
    expect(onlyD.added.activities + onlyD.continued.b).toBe(
      yearB.filter((x) => x.sector?.code === "ITU-D").length,
    );
    expect(onlyD.continued).toEqual({ a: 3, b: 4, initiatives: 2 });
  });
});
