import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makeActivity, makeReference, makeReport } from "../../../tests/fixtures/dataset";
import { flattenReports, type ActivityRecord } from "../../domain/activity-record";
import { parseActivitiesCsv } from "../../data/import/parse-activities-csv";
import { CSV_COLUMN_NAMES } from "../../data/import/csv-template";
import { kindOfSource } from "../../domain/source-kind";
import { ReferenceSchema } from "../../schema/reference";
import type { Report } from "../../schema/report";
import { activitiesToCsv, activitiesToJson } from "./export-activities";

// Tests run from the repository root.
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
const shippedReports = readdirSync("data/reports")
  .filter((name) => name.endsWith(".json"))
  .map((name) => readJson(`data/reports/${name}`) as Report);
const shippedReference = ReferenceSchema.parse(readJson("data/reference.json"));

/**
 * What the template carries of a record: everything but a source's note (the template has no column);
 * a source's kind is written for every source once one states it.
 */
function asTemplateCarries(activity: ActivityRecord) {
  const anyKind = activity.sources.some((source) => source.kind);
  return {
    ...activity,
    reportKind: undefined,
    sources: activity.sources.map((source) =>
      anyKind ? { url: source.url, kind: kindOfSource(source) } : { url: source.url },
    ),
  };
}

function roundTrip(records: readonly ActivityRecord[], reference = shippedReference) {
  const result = parseActivitiesCsv(activitiesToCsv(records), "export.csv", reference);
  return { result, records: flattenReports(result.reports) };
}

describe("activitiesToCsv", () => {
  it("writes the import template's columns, in its order", () => {
    const [header] = activitiesToCsv([])
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(header).toBe(CSV_COLUMN_NAMES.join(","));
  });

  it("writes every link's basis, the figures, the notes and the key", () => {
    const activity: ActivityRecord = {
      ...makeActivity({
        id: "X1",
        key: "my-key",
        sector: { code: "ITU-D", basis: "assigned" },
        actionLines: [
          { code: "C2", basis: "stated" },
          { code: "C7.e-health", basis: "assigned" },
        ],
        sdgs: [
          { sdg: 4, basis: "matrix" },
          { sdg: 9, basis: "stated" },
        ],
        figures: [{ label: "1,200 teachers" }, { label: "14 countries" }],
        notes: "Checked twice",
      }),
      year: 2024,
      reportKind: "report",
    };
    const [, row] = activitiesToCsv([activity])
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(row).toContain(
      "X1,my-key,2024,ITU-D,assigned,C2; C7.e-health,stated; assigned,4; 9,matrix; stated",
    );
    expect(row).toContain('"1,200 teachers; 14 countries"');
    expect(row).toMatch(/,Checked twice$/);
  });

  it("loads back through the import parser as the same records (every shipped activity)", () => {
    const shipped = flattenReports(shippedReports);
    const { result, records } = roundTrip(shipped);
    expect(result.issues).toEqual([]);
    expect(result.validCount).toBe(shipped.length);
    const byId = new Map(records.map((record) => [record.id, record]));
    for (const activity of shipped) {
      const back = byId.get(activity.id);
      expect(back && asTemplateCarries(back)).toEqual(asTemplateCarries(activity));
    }
  });

  it("round-trips text that starts like a formula, quotes, line breaks and non-Latin text", () => {
    const reference = makeReference();
    const activity: ActivityRecord = {
      ...makeActivity({
        id: "X2",
        title: '=HYPERLINK("http://x") "quoted", two\nlines',
        summary: "الاتحاد الدولي 国际电信联盟 -5 %",
        figures: [{ label: "+45% since 2018" }, { label: "1.7 billion" }],
        notes: "'@ already quoted",
      }),
      year: 2023,
      reportKind: "user",
    };
    const { result, records } = roundTrip([activity], reference);
    expect(result.issues).toEqual([]);
    expect(records.map(asTemplateCarries)).toEqual([asTemplateCarries(activity)]);
  });

  it("carries each source's kind after the addresses, in the same order, once one is stated", () => {
    const rows = flattenReports([
      makeReport(2023, [
        makeActivity({
          id: "K1",
          sources: [{ url: "https://www.itu.int/en/" }, { url: "https://studylib.net/doc/1", kind: "copy" }],
        }),
        makeActivity({ id: "K2", sources: [{ url: "https://www.itu.int/en/" }] }),
      ]),
    ]);
    const [header, first, second] = activitiesToCsv(rows)
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    const at = (line: string | undefined) => line?.split(",")[header!.split(",").indexOf("source_kinds")];
    expect(at(first)).toBe("official; copy");
    expect(at(second)).toBe("");
  });
});

describe("activitiesToJson", () => {
  it("gives every source its kind, derived from the site when the file had none", () => {
    const rows = flattenReports([
      makeReport(2023, [makeActivity({ id: "K1", sources: [{ url: "https://dig.watch/x" }] })]),
    ]);
    const [record] = JSON.parse(activitiesToJson(rows)) as Array<{ sources: unknown[] }>;
    expect(record!.sources).toEqual([{ url: "https://dig.watch/x", kind: "press" }]);
  });
});
