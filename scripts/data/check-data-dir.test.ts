// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkDataDir } from "./check-data-dir";

const shippedData = fileURLToPath(new URL("../../data", import.meta.url));
let copy: string;

beforeEach(() => {
  copy = mkdtempSync(join(tmpdir(), "wsis-data-"));
  cpSync(shippedData, copy, { recursive: true });
});
afterEach(() => rmSync(copy, { recursive: true, force: true }));

function editReport(year: number, edit: (report: { activities: Array<Record<string, unknown>> }) => void) {
  const path = join(copy, "reports", `${year}.json`);
  const report = JSON.parse(readFileSync(path, "utf8")) as { activities: Array<Record<string, unknown>> };
  edit(report);
  writeFileSync(path, JSON.stringify(report));
}

describe("checkDataDir", () => {
  it("passes on the shipped data and returns every report", () => {
    const { issues, reports } = checkDataDir(copy);
    expect(issues).toEqual([]);
    expect(reports.length).toBeGreaterThan(10);
  });

  it("names the file and the record of a broken activity, and still checks the other years", () => {
    let brokenId = "";
    editReport(2023, (report) => {
      const activity = report.activities[0]!;
      brokenId = String(activity.id);
      activity.sources = [{ url: "javascript:alert(1)" }];
    });
    const { issues, reports } = checkDataDir(copy);
    expect(issues).toEqual([
      {
        file: "data/reports/2023.json",
        recordId: brokenId,
        path: "sources[0].url",
        message: "must be an http(s) URL",
      },
    ]);
    expect(reports.map((report) => report.meta.year)).not.toContain(2023);
    expect(reports.map((report) => report.meta.year)).toContain(2022);
  });

  it("finds an id used in two years", () => {
    let id = "";
    editReport(2022, (report) => {
      id = String(report.activities[0]!.id);
    });
    editReport(2023, (report) => {
      report.activities[0]!.id = id;
    });
    const { issues } = checkDataDir(copy);
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: "data/reports/2023.json",
        recordId: id,
        message: "id already used in data/reports/2022.json",
      }),
    );
  });

  it("flags a report file that does not follow the naming rule", () => {
    writeFileSync(join(copy, "reports", "draft.json"), "{}");
    expect(checkDataDir(copy).issues.map((issue) => issue.file)).toContain("data/reports/draft.json");
  });
});
