import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeActivity, makeReference, makeReport } from "../../../tests/fixtures/dataset";
import { TEN_ROWS_CSV, toCsvText, type CsvRow } from "../../../tests/fixtures/import-csv";
import { validateReport } from "../validation/validate-report";
import { MAX_KEPT_ISSUES, type ImportResult } from "./import-result";
import { parseActivitiesCsv } from "./parse-activities-csv";
import { parseDatasetJson } from "./parse-dataset-json";

const reference = makeReference();
// Seeded, so that a failure is replayed by running the test again; thousands of cases per property.
const RUNS = { seed: 20_260_101, numRuns: 2000 };

/** What must hold whatever the input: data or issues, consistent counts, and only valid data kept. */
function expectSound(result: ImportResult, text: string) {
  const kept = result.reports.flatMap((report) => report.activities);
  expect(result.validCount).toBe(kept.length);
  expect(result.validCount).toBeLessThanOrEqual(result.rowCount);
  expect(result.issueCount).toBeGreaterThanOrEqual(result.issues.length);
  expect(result.issues.length).toBeLessThanOrEqual(MAX_KEPT_ISSUES);
  expect(new Set(kept.map((activity) => activity.id)).size).toBe(kept.length);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const issue of result.issues) {
    expect(issue.message).not.toBe("");
    expect(typeof issue.path).toBe("string");
    if (issue.line !== undefined) expect(issue.line).toBeGreaterThanOrEqual(1);
    if (issue.line !== undefined) expect(issue.line).toBeLessThanOrEqual(lines);
  }
  for (const report of result.reports) {
    expect(report.meta.kind).toBe("user");
    expect(validateReport(report, reference, "x").ok).toBe(true);
  }
}

const csvChar = fc.constantFrom(
  ",",
  '"',
  "\n",
  "\r",
  ";",
  " ",
  "a",
  "C",
  "2",
  "9",
  "1",
  "\uFEFF",
  "é",
  "🌍",
  "<",
  ":",
);
const header =
  "id,key,year,sector,sector_basis,action_lines,action_line_basis,sdgs,sdg_basis,title,summary,figures,source_urls,notes\n";

/** Random edits of a text: insert, delete or duplicate a slice. */
const mutations = fc.array(
  fc.tuple(
    fc.nat(),
    fc.nat({ max: 20 }),
    fc.constantFrom("insert", "delete", "duplicate"),
    fc.string({ unit: csvChar, maxLength: 6 }),
  ),
  { minLength: 1, maxLength: 8 },
);
function mutate(text: string, edits: ReadonlyArray<readonly [number, number, string, string]>): string {
  return edits.reduce((current, [at, length, kind, inserted]) => {
    const start = current.length === 0 ? 0 : at % current.length;
    if (kind === "insert") return current.slice(0, start) + inserted + current.slice(start);
    if (kind === "delete") return current.slice(0, start) + current.slice(start + length);
    return (
      current.slice(0, start + length) + current.slice(start, start + length) + current.slice(start + length)
    );
  }, text);
}

describe("importers never throw past their boundary", () => {
  it("CSV: random text gives data or issues", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.string({ unit: csvChar, maxLength: 300 }), (withHeader, body) => {
        const text = (withHeader ? header : "") + body;
        expectSound(parseActivitiesCsv(text, "f.csv", reference), text);
      }),
      RUNS,
    );
  });

  it("CSV: a valid file with random edits gives data or issues", () => {
    fc.assert(
      fc.property(mutations, (edits) => {
        const text = mutate(TEN_ROWS_CSV, edits);
        expectSound(parseActivitiesCsv(text, "f.csv", reference), text);
      }),
      RUNS,
    );
  });

  it("JSON: random JSON values and random text give issues", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc.string(),
        ),
        (text) => {
          const result = parseDatasetJson(text, "f.json", reference);
          expectSound(result, text);
          expect(result.issueCount + result.validCount).toBeGreaterThan(0);
        },
      ),
      RUNS,
    );
  });

  const bundle = {
    formatVersion: 1,
    reports: [
      makeReport(2025, [
        makeActivity({ id: "A1" }),
        makeActivity({ id: "A2", actionLines: [{ code: "C4", basis: "stated" }], sdgs: [] }),
      ]),
      makeReport(2026, [
        makeActivity({ id: "A3", sector: undefined, figures: [{ label: "3 days" }], notes: "n" }),
      ]),
    ],
  };

  it("JSON: a valid bundle with random text edits gives data or issues", () => {
    const text = JSON.stringify(bundle, null, 1);
    fc.assert(
      fc.property(mutations, (edits) => {
        const mutated = mutate(text, edits);
        expectSound(parseDatasetJson(mutated, "f.json", reference), mutated);
      }),
      RUNS,
    );
  });

  it("JSON: a valid bundle with any field replaced by any value gives data or issues", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue(), (path, value) => {
        const copy = structuredClone(bundle) as unknown;
        // Walk a random path into the bundle and overwrite what is there.
        let node = copy as Record<string, unknown>;
        for (const [depth, step] of path.entries()) {
          const keys = Object.keys(node);
          if (keys.length === 0) break;
          const key = keys[step % keys.length]!;
          const child = node[key];
          if (depth === path.length - 1 || typeof child !== "object" || child === null) {
            node[key] = value;
            break;
          }
          node = child as Record<string, unknown>;
        }
        const text = JSON.stringify(copy);
        expectSound(parseDatasetJson(text, "f.json", reference), text);
      }),
      RUNS,
    );
  });
});

const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,10}$/);
// Cells are trimmed and lists split on ";", so free text is generated without surrounding spaces.
const textArb = fc
  .string({
    unit: fc.constantFrom("a", "Z", " ", ",", '"', "\n", "é", "🌍", "<", "ש", "'", "=", "x"),
    minLength: 1,
    maxLength: 40,
  })
  .map((text) => text.trim())
  .filter((text) => text !== "");
const rowArb = fc.record({
  year: fc.integer({ min: 1990, max: 2100 }),
  sector: fc.option(fc.constantFrom("ITU-R", "ITU-T", "ITU-D", "GS"), { nil: undefined }),
  lines: fc.uniqueArray(fc.constantFrom("C1", "C2", "C4", "C7.e-health", "C11"), { maxLength: 3 }),
  sdgs: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 4 }),
  title: textArb,
  summary: textArb,
  notes: fc.option(textArb, { nil: undefined }),
});

describe("CSV round trip", () => {
  it("every valid row written with the template comes back as the same activity", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(idArb, { minLength: 1, maxLength: 8 }),
        fc.array(rowArb, { minLength: 8, maxLength: 8 }),
        (ids, rows) => {
          const csvRows: CsvRow[] = ids.map((id, index) => {
            const row = rows[index]!;
            return {
              id,
              key: "some-key",
              year: String(row.year),
              sector: row.sector ?? "",
              action_lines: row.lines.join(";"),
              sdgs: row.sdgs.join(";"),
              title: row.title,
              summary: row.summary,
              source_urls: "https://www.itu.int/a;https://www.itu.int/b",
              notes: row.notes ?? "",
            };
          });
          const text = toCsvText(csvRows);
          const result = parseActivitiesCsv(text, "f.csv", reference);
          expect(result.issues).toEqual([]);
          const byId = new Map(
            result.reports.flatMap((report) =>
              report.activities.map((activity) => [activity.id, { activity, year: report.meta.year }]),
            ),
          );
          // A "'" before a formula character is the spreadsheet guard of an export, and is dropped.
          const unguard = (text: string) => text.replace(/^'(?='*[=+\-@])/, "");
          ids.forEach((id, index) => {
            const row = rows[index]!;
            const back = byId.get(id)!;
            expect(back.year).toBe(row.year);
            expect(back.activity).toEqual({
              id,
              key: "some-key",
              ...(row.sector ? { sector: { code: row.sector, basis: "stated" } } : {}),
              actionLines: row.lines.map((code) => ({ code, basis: "stated" })),
              sdgs: row.sdgs.map((sdg) => ({ sdg, basis: "stated" })),
              title: unguard(row.title),
              summary: unguard(row.summary),
              sources: [{ url: "https://www.itu.int/a" }, { url: "https://www.itu.int/b" }],
              ...(row.notes ? { notes: unguard(row.notes) } : {}),
            });
          });
        },
      ),
      { ...RUNS, numRuns: 500 },
    );
  });
});
