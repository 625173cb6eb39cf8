import { describe, expect, it } from "vitest";
import { makeReference } from "../../../tests/fixtures/dataset";
import { TEN_ROWS_CSV } from "../../../tests/fixtures/import-csv";
import { excludeTakenIds } from "./exclude-taken-ids";
import { parseActivitiesCsv } from "./parse-activities-csv";

describe("excludeTakenIds", () => {
  const parsed = parseActivitiesCsv(TEN_ROWS_CSV, "mine.csv", makeReference());

  it("leaves out records whose id is shown already, naming the CSV line and the owner, in line order", () => {
    const result = excludeTakenIds(parsed, new Map([["U26-04", "the shipped 2026 report"]]), "mine.csv");
    expect(result.validCount).toBe(6);
    expect(result.issueCount).toBe(4);
    expect(result.reports[0]!.activities.map((activity) => activity.id)).not.toContain("U26-04");
    expect(result.issues.map((issue) => issue.line)).toEqual([5, 6, 8, 11]);
    expect(result.issues[1]).toEqual({
      file: "mine.csv",
      line: 6,
      recordId: "U26-04",
      path: "id",
      message: 'id "U26-04" is already used by the shipped 2026 report; give this record another id',
    });
  });

  it("returns the result untouched when nothing clashes", () => {
    expect(excludeTakenIds(parsed, new Map([["other", "x"]]), "mine.csv")).toBe(parsed);
  });
});
