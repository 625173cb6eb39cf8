import { describe, expect, it } from "vitest";
import { makeActivity, makeReference, makeReport } from "../../../tests/fixtures/dataset";
import { formatDataIssue } from "./data-issue";
import { validateReport } from "./validate-report";

const reference = makeReference();
const FILE = "data/reports/2023.json";

function validate(input: unknown, expectedYear?: number) {
  return validateReport(input, reference, FILE, expectedYear);
}

describe("validateReport", () => {
  it("accepts a well-formed report", () => {
    const result = validate(makeReport(2023, [makeActivity({ id: "A1" })]), 2023);
    expect(result).toMatchObject({ ok: true, value: { meta: { year: 2023 } } });
  });

  it("names the file, the record id and the field path of a schema error", () => {
    const report = makeReport(2023, [
      makeActivity({ id: "A1" }),
      makeActivity({ id: "A2", sdgs: [{ sdg: 19, basis: "stated" }] }),
    ]);
    const result = validate(report);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        file: FILE,
        recordId: "A2",
        path: "sdgs[0].sdg",
        message: "SDGs are numbered 1-17; SDG 19 does not exist",
      },
    ]);
    expect(formatDataIssue(result.issues[0]!)).toBe(
      "data/reports/2023.json › record A2 › sdgs[0].sdg: SDGs are numbered 1-17; SDG 19 does not exist",
    );
  });

  it("falls back to the index when the broken record has no readable id", () => {
    const result = validate({ ...makeReport(2023, []), activities: [{ title: 5 }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.every((issue) => issue.recordId === "activities[0]")).toBe(true);
    expect(result.issues.map((issue) => issue.path)).toContain("title");
  });

  it("refuses non-http(s) source links", () => {
    const report = makeReport(2023, [makeActivity({ id: "A1", sources: [{ url: "javascript:alert(1)" }] })]);
    const result = validate(report);
    expect(result).toMatchObject({
      ok: false,
      issues: [{ recordId: "A1", path: "sources[0].url", message: "must be an http(s) URL" }],
    });
  });

  it("refuses codes unknown to reference.json", () => {
    const report = makeReport(2023, [
      makeActivity({ id: "A1", sector: { code: "ITU-X", basis: "stated" } }),
      makeActivity({ id: "A2", actionLines: [{ code: "C7.e-nothing", basis: "assigned" }], sdgs: [] }),
    ]);
    const result = validate(report);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.recordId, issue.path])).toEqual([
      ["A1", "sector.code"],
      ["A2", "actionLines[0].code"],
    ]);
  });

  it("refuses a matrix link that the WSIS-SDG matrix does not imply", () => {
    const report = makeReport(2023, [makeActivity({ id: "A1", sdgs: [{ sdg: 13, basis: "matrix" }] })]);
    const result = validate(report);
    expect(result).toMatchObject({ ok: false, issues: [{ recordId: "A1", path: "sdgs[0]" }] });
  });

  it("refuses duplicate ids and a year that contradicts the file name", () => {
    const report = makeReport(2022, [makeActivity({ id: "A1" }), makeActivity({ id: "A1" })]);
    const result = validate(report, 2023);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(["meta.year", "id"]);
  });
});
