import { describe, expect, it } from "vitest";
import { makeActivity, makeReference, makeReport } from "../../../tests/fixtures/dataset";
import { parseDatasetJson } from "./parse-dataset-json";

const reference = makeReference();
const FILE = "draft.json";
const parse = (value: unknown) =>
  parseDatasetJson(typeof value === "string" ? value : JSON.stringify(value, null, 2), FILE, reference);

describe("parseDatasetJson", () => {
  it("imports a report as user data, keeping its own meta", () => {
    const report = {
      ...makeReport(2026, [makeActivity({ id: "A1" })]),
      meta: { ...makeReport(2026, []).meta, kind: "report", symbol: "WSIS/26" },
    };
    const result = parse(report);
    expect(result).toMatchObject({ rowCount: 1, validCount: 1, issueCount: 0, issues: [] });
    expect(result.reports[0]!.meta).toMatchObject({
      year: 2026,
      kind: "user",
      symbol: "WSIS/26",
      title: "Activities in 2026",
    });
    expect(result.reports[0]!.meta.description).toContain("draft.json");
  });

  it("imports the valid records of a bundle and names record and field of the others", () => {
    const bundle = {
      formatVersion: 1,
      reports: [
        makeReport(2025, [
          makeActivity({ id: "A1" }),
          makeActivity({ id: "A2", sdgs: [{ sdg: 19, basis: "stated" }] }),
        ]),
        makeReport(2026, [
          makeActivity({ id: "A1" }),
          makeActivity({ id: "A3", sector: { code: "ITU-X", basis: "stated" } }),
          { title: 5 } as never,
        ]),
      ],
    };
    const result = parse(bundle);
    expect(
      result.reports.map((report) => [report.meta.year, report.activities.map((activity) => activity.id)]),
    ).toEqual([[2025, ["A1"]]]);
    expect(result).toMatchObject({ rowCount: 5, validCount: 1 });
    expect(result.issues.slice(0, 4)).toEqual([
      {
        file: FILE,
        recordId: "A2",
        path: "sdgs[0].sdg",
        message: "SDGs are numbered 1-17; SDG 19 does not exist",
      },
      {
        file: FILE,
        recordId: "A1",
        path: "id",
        message: 'duplicate id "A1": already used in the 2025 report',
      },
      {
        file: FILE,
        recordId: "A3",
        path: "sector.code",
        message: 'unknown sector "ITU-X"; known: ITU-R, ITU-T, ITU-D, GS',
      },
      { file: FILE, recordId: "reports[1].activities[2]", path: "id", message: expect.any(String) },
    ]);
  });

  it("keeps no record of a report whose meta is wrong, but still checks them", () => {
    const report = {
      ...makeReport(2026, [makeActivity({ id: "A1" }), makeActivity({ id: "A2", title: "" })]),
      meta: { year: 26 },
    };
    const result = parse(report);
    expect(result.validCount).toBe(0);
    expect(result.issues.map((issue) => `${issue.recordId ?? "-"} ${issue.path}`)).toEqual([
      "- meta.year",
      "- meta.title",
      "- meta.kind",
      "- meta.period",
      "A2 title",
    ]);
  });

  it("names the line of a JSON syntax error", () => {
    const result = parse('{\n  "formatVersion": 1,\n  "meta": {,\n}');
    expect(result.issues).toEqual([
      { file: FILE, line: 3, path: "", message: expect.stringMatching(/^not valid JSON: /) },
    ]);
  });

  it("says what it expected from other JSON", () => {
    expect(parse([1, 2]).issues[0]!.message).toMatch(/^expected a report .* or a bundle/);
    expect(parse({ ...makeReport(2026, []), formatVersion: 2 }).issues[0]).toMatchObject({
      path: "formatVersion",
      message: 'formatVersion must be 1; this file says "2"',
    });
    expect(parse({ formatVersion: 1, reports: [] }).issues[0]).toMatchObject({ path: "reports" });
    expect(parse({ ...makeReport(2026, []), extra: true }).issues[0]).toMatchObject({
      path: "extra",
      message: "unknown field; it is ignored",
    });
  });
});
