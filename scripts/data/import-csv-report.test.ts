import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeReference } from "../../tests/fixtures/dataset";
import { TEN_ROWS_CSV, toCsvText, validRow } from "../../tests/fixtures/import-csv";
import { checkDataDir } from "./check-data-dir";
import { buildReportFromCsv, parseImportArgs } from "./import-csv-report";

const options = { input: "in/ten.csv", year: 2026, kind: "report", out: "data/reports/2026.json" } as const;

describe("parseImportArgs", () => {
  it("reads the input, year and defaults", () => {
    expect(parseImportArgs(["in.csv", "--year", "2024"])).toEqual({
      options: {
        input: "in.csv",
        year: 2024,
        out: "data/reports/2024.json",
        kind: "report",
        title: undefined,
        dataDir: "data",
        force: false,
      },
    });
  });

  it("says what is wrong with the arguments", () => {
    expect(parseImportArgs(["in.csv"])).toEqual({ error: "--year takes 4 digits, e.g. --year 2024" });
    expect(parseImportArgs(["--year", "2024"])).toEqual({ error: "give exactly one input CSV file" });
    expect(parseImportArgs(["in.csv", "--year", "2024", "--kind", "user"])).toEqual({
      error: "--kind is report or compiled",
    });
    expect(parseImportArgs(["in.csv", "--year", "2024", "--out", "data/reports/2023.json"])).toEqual({
      error: "--out data/reports/2023.json names the year 2023, but --year is 2024",
    });
  });
});

describe("buildReportFromCsv", () => {
  it("prints every problem as file:line column: message", () => {
    expect(buildReportFromCsv(TEN_ROWS_CSV, options, makeReference(), new Map())).toEqual({
      problems: [
        "ten.csv:5 sdgs: SDG 19 does not exist; SDGs are 1-17",
        'ten.csv:8 source_urls: "javascript:alert(1)" is not a web address; sources start with https:// or http://',
        'ten.csv:11 action_lines: "C12": must be an action line code such as "C2" or "C7.e-health"',
      ],
    });
  });

  it("refuses ids used by another report file, and rows of another year", () => {
    const text = toCsvText([validRow("A1"), validRow("A2", { year: "2025" })]);
    expect(
      buildReportFromCsv(text, options, makeReference(), new Map([["A1", "data/reports/2025.json"]])),
    ).toEqual({
      problems: [
        'ten.csv:2 id: id "A1" is already used by data/reports/2025.json; give this record another id',
        "ten.csv:3 year: this file is imported as 2026, the row says 2025",
      ],
    });
  });

  it("builds a report of the chosen kind", () => {
    const built = buildReportFromCsv(
      toCsvText([validRow("A1", { year: "" })]),
      { ...options, kind: "compiled" },
      makeReference(),
      new Map(),
    );
    expect(built).toMatchObject({
      report: { meta: { year: 2026, kind: "compiled", title: "ITU WSIS activities in 2026 (compiled)" } },
    });
  });
});

describe("npm run data:import", () => {
  const dir = mkdtempSync(join(tmpdir(), "wsis-import-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]) => {
    try {
      return {
        code: 0,
        output: execFileSync("npx", ["tsx", "scripts/data-import.ts", ...args], {
          encoding: "utf8",
          stdio: "pipe",
        }),
      };
    } catch (error) {
      const failed = error as { status: number; stderr: string };
      return { code: failed.status, output: failed.stderr };
    }
  };

  it("writes a report that data:check then covers, and exits non-zero with line numbers on bad input", () => {
    const dataDir = join(dir, "data");
    cpSync("data", dataDir, { recursive: true });
    const good = join(dir, "good.csv");
    writeFileSync(
      good,
      toCsvText([validRow("U26-1"), validRow("U26-2", { sector: "GS", action_lines: "", sdgs: "" })]),
    );
    const out = join(dataDir, "reports", "2026.json");
    const written = run([good, "--year", "2026", "--data-dir", dataDir]);
    expect(written).toMatchObject({ code: 0, output: expect.stringContaining("2 activities of 2026") });
    expect(JSON.parse(readFileSync(out, "utf8")).meta.kind).toBe("report");
    const check = checkDataDir(dataDir);
    expect(check.issues).toEqual([]);
    expect(check.reports.map((report) => report.meta.year)).toContain(2026);

    expect(run([good, "--year", "2026", "--data-dir", dataDir])).toMatchObject({
      code: 1,
      output: expect.stringContaining("add --force"),
    });
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, TEN_ROWS_CSV);
    const refused = run([bad, "--year", "2026", "--data-dir", dataDir, "--force"]);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("bad.csv:5 sdgs: SDG 19 does not exist; SDGs are 1-17");
    expect(refused.output).toContain("3 problem(s); nothing was written.");
  }, 60_000);
});
