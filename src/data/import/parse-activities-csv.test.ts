import { describe, expect, it } from "vitest";
import { makeReference } from "../../../tests/fixtures/dataset";
import { TEN_ROWS_CSV, TEN_ROWS_PROBLEMS, toCsvText, validRow } from "../../../tests/fixtures/import-csv";
import { ReportSchema } from "../../schema/report";
import { buildCsvTemplate } from "./csv-template";
import { formatImportIssue } from "./import-result";
import { parseActivitiesCsv } from "./parse-activities-csv";

const reference = makeReference();
const FILE = "mine.csv";
const parse = (text: string, options?: Parameters<typeof parseActivitiesCsv>[3]) =>
  parseActivitiesCsv(text, FILE, reference, options);
const problems = (text: string) =>
  parse(text).issues.map(({ line, path, message }) => ({ line, path, message }));

describe("parseActivitiesCsv", () => {
  it("keeps the 7 valid rows of 10 and names line, id, column and reason of the 3 bad ones", () => {
    const result = parse(TEN_ROWS_CSV);
    expect(result.issues).toEqual(TEN_ROWS_PROBLEMS.map((problem) => ({ file: FILE, ...problem })));
    expect(result).toMatchObject({ rowCount: 10, validCount: 7, issueCount: 3 });
    expect(result.reports).toHaveLength(1);
    const [report] = result.reports;
    expect(report!.meta).toMatchObject({ year: 2026, kind: "user", title: "User data 2026 (mine.csv)" });
    expect(report!.activities.map((activity) => activity.id)).toEqual([
      "U26-01",
      "U26-02",
      "U26-04",
      "U26-05",
      "U26-07",
      "U26-08",
      "U26-10",
    ]);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(result.recordLines.get("U26-04")).toBe(6);
    expect(formatImportIssue(result.issues[0]!)).toBe(
      "mine.csv:5 sdgs: SDG 19 does not exist; SDGs are 1-17",
    );
  });

  it("fills defaults: stated bases, a key derived from the title, no sector when empty", () => {
    const [report] = parse(
      toCsvText([
        validRow("A1", { title: "WSIS Forum 2026", sector: "", figures: " 200 experts ; 5 days " }),
      ]),
    ).reports;
    expect(report!.activities[0]).toEqual({
      id: "A1",
      key: "wsis-forum",
      actionLines: [{ code: "C2", basis: "stated" }],
      sdgs: [{ sdg: 9, basis: "stated" }],
      title: "WSIS Forum 2026",
      summary: "What A1 did.",
      figures: [{ label: "200 experts" }, { label: "5 days" }],
      sources: [{ url: "https://www.itu.int/en/ITU-D/" }],
    });
  });

  it("reads a kind per source address, and leaves the kind out when the cell is empty", () => {
    const [report] = parse(
      toCsvText([
        validRow("A1", {
          source_urls: "https://www.itu.int/a; https://studylib.net/doc/1",
          source_kinds: "Official; copy",
        }),
        validRow("A2", { source_urls: "https://dig.watch/x" }),
      ]),
    ).reports;
    expect(report!.activities.map((activity) => activity.sources)).toEqual([
      [
        { url: "https://www.itu.int/a", kind: "official" },
        { url: "https://studylib.net/doc/1", kind: "copy" },
      ],
      [{ url: "https://dig.watch/x" }],
    ]);
    expect(
      problems(
        toCsvText([validRow("A3", { source_kinds: "news" }), validRow("A4", { source_kinds: "copy;press" })]),
      ),
    ).toEqual([
      {
        line: 2,
        path: "source_kinds",
        message: '"news" is not a kind of source; write official, copy, press',
      },
      { line: 3, path: "source_kinds", message: "2 kinds for 1 source addresses; give one per address" },
    ]);
  });

  it("reads one basis per item, lenient spellings of codes and SDGs, and several years", () => {
    const result = parse(
      toCsvText([
        validRow("A1", {
          action_lines: "c2; C4",
          action_line_basis: "assigned;stated",
          sdgs: "SDG 9; sdg1;9",
        }),
        validRow("A2", { year: "2025", sector: "itu-r", sector_basis: "Assigned", sdg_basis: "matrix" }),
      ]),
    );
    expect(result.issues).toEqual([]);
    expect(result.reports.map((report) => report.meta.year)).toEqual([2025, 2026]);
    expect(result.reports[1]!.activities[0]).toMatchObject({
      actionLines: [
        { code: "C2", basis: "assigned" },
        { code: "C4", basis: "stated" },
      ],
      sdgs: [
        { sdg: 9, basis: "stated" },
        { sdg: 1, basis: "stated" },
      ],
    });
    expect(result.reports[0]!.activities[0]!.sector).toEqual({ code: "ITU-R", basis: "assigned" });
  });

  it("reports every problem of a row at once, each in its column", () => {
    const row = validRow("A 1", {
      year: "20x6",
      sector: "ITU-X",
      action_line_basis: "stated;assigned",
      sdg_basis: "matrix",
      sdgs: "13",
      title: "",
      source_urls: "ftp://example.org",
    });
    expect(problems(toCsvText([row]))).toEqual([
      { line: 2, path: "year", message: '"20x6" is not a year; write 4 digits, e.g. 2024' },
      { line: 2, path: "title", message: "a title is required" },
      {
        line: 2,
        path: "action_line_basis",
        message: "2 bases for 1 action lines; give one for all, or one per item",
      },
      {
        line: 2,
        path: "source_urls",
        message: '"ftp://example.org" is not a web address; sources start with https:// or http://',
      },
      { line: 2, path: "id", message: "must be 1-64 letters, digits, . _ or -" },
      { line: 2, path: "sector", message: 'unknown sector "ITU-X"; known: ITU-R, ITU-T, ITU-D, GS' },
      { line: 2, path: "sdg_basis", message: expect.stringContaining('SDG 13 is marked "matrix"') },
    ]);
  });

  it("refuses duplicate ids after the first, and rows of the wrong width", () => {
    const text = toCsvText([validRow("A1"), validRow("A1")]) + "A2,,2026\r\n";
    expect(problems(text)).toEqual([
      { line: 3, path: "id", message: 'duplicate id "A1": already used on line 2' },
      { line: 4, path: "", message: expect.stringContaining("this row has 3 cells, the header has 15") },
    ]);
  });

  it("stops at a header it cannot use, saying why", () => {
    expect(problems("id;year;title\n1;2;3\n")).toEqual([
      {
        line: 1,
        path: "",
        message: 'the columns are separated by ";"; save the sheet as "CSV UTF-8 (comma delimited)"',
      },
    ]);
    const missing = parse(toCsvText([validRow("A1")], ["id", "year", "title", "Summary", "colour"]));
    expect(missing.issues.map(({ path, message }) => `${path}: ${message}`)).toEqual([
      "colour: not a column of the template; it is ignored",
      "source_urls: this required column is missing from the header (line 1)",
    ]);
    expect(missing.rowCount).toBe(0);
    expect(problems("")).toEqual([
      { line: undefined, path: "", message: expect.stringContaining("no header row") },
    ]);
  });

  it("takes --year for empty year cells and refuses rows of another year when asked", () => {
    const text = toCsvText([validRow("A1", { year: "" }), validRow("A2", { year: "2023" })]);
    const result = parse(text, { defaultYear: 2024, expectedYear: 2024 });
    expect(result.reports.map((report) => report.meta.year)).toEqual([2024]);
    expect(result.issues.map((issue) => issue.message)).toEqual([
      "this file is imported as 2024, the row says 2023",
    ]);
    expect(parse(text).issues[0]).toMatchObject({
      line: 2,
      path: "year",
      message: "a year is required (4 digits, e.g. 2024)",
    });
  });

  it("cuts long values short in messages", () => {
    const [issue] = parse(toCsvText([validRow("A1", { sdgs: "x".repeat(100_000) })])).issues;
    expect(issue!.message.length).toBeLessThan(120);
  });

  it("reads its own template without a problem", () => {
    const result = parse(buildCsvTemplate());
    expect(result.issues).toEqual([]);
    expect(result.validCount).toBe(2);
  });
});

describe("UTF-16 and tab-separated files", () => {
  it("decodes UTF-16 LE and BE by their byte-order mark", async () => {
    const { readTextFile } = await import("./read-text-file");
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9]);
    expect(await readTextFile(new Blob([le]), "x.txt")).toEqual({ text: "aé" });
    expect(await readTextFile(new Blob([be]), "x.txt")).toEqual({ text: "aé" });
    expect((await readTextFile(new Blob([new Uint8Array([0x61, 0xe9])]), "x.csv")).issue?.message).toMatch(
      /Windows-1252/,
    );
  });
});
