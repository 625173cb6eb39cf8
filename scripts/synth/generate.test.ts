// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/data/validation/validate-report";
import { ReferenceSchema } from "../../src/schema/reference";
import { generateSyntheticReports } from "./generate";

const reference = ReferenceSchema.parse(JSON.parse(readFileSync("data/reference.json", "utf8")));
const options = { activities: 2000, firstYear: 2010, lastYear: 2014, seed: 7 };

describe("generateSyntheticReports", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const first = generateSyntheticReports(reference, options);
    expect(generateSyntheticReports(reference, options)).toEqual(first);
    expect(generateSyntheticReports(reference, { ...options, seed: 8 })).not.toEqual(first);
  });

  it("writes the asked number of activities, valid and marked synthetic in every year", () => {
    const reports = generateSyntheticReports(reference, options);
    expect(reports.map((report) => report.meta.year)).toEqual([2010, 2011, 2012, 2013, 2014]);
    expect(reports.reduce((sum, report) => sum + report.activities.length, 0)).toBe(2000);
    for (const report of reports) {
      expect(report.meta.kind).toBe("synthetic");
      expect(
        validateReport(report, reference, `synthetic ${report.meta.year}`, report.meta.year),
      ).toMatchObject({ ok: true });
    }
  });
});
