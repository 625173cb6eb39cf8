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

  it.each([
    [
      "a web proxy",
      "https://1f8a81b9b0707b63-19211.webchannel-proxy.scarabresearch.com/itu-d/x",
      "web proxy",
    ],
    [
      "a translation wrapper",
      "https://translate.google.com/website?sl=auto&tl=es&u=http%3A%2F%2Fwww.itu.int%2Fen%2F",
      "translation wrapper",
    ],
    ["a bare IP address", "http://222.178.203.72:19005/whst/63/x", "bare IP address"],
  ])("fails when an activity's first source is %s, and names the record", (_what, url, words) => {
    let id = "";
    editReport(2023, (report) => {
      const activity = report.activities[0]!;
      id = String(activity.id);
      activity.sources = [{ url, kind: "copy" }, ...(activity.sources as unknown[])];
    });
    const { issues } = checkDataDir(copy);
    expect(issues).toEqual([
      expect.objectContaining({ file: "data/reports/2023.json", recordId: id, path: "sources[0].url" }),
    ]);
    expect(issues[0]!.message).toContain(words);
  });

  it("fails when a yearly figure's first source is a proxy", () => {
    const path = join(copy, "indicators.json");
    const indicators = JSON.parse(readFileSync(path, "utf8")) as {
      points: Array<{ metric: string; sources: string[] }>;
    };
    indicators.points[3]!.sources = ["http://40.74.122.252/speech"];
    writeFileSync(path, JSON.stringify(indicators));
    expect(checkDataDir(copy).issues).toEqual([
      expect.objectContaining({
        file: "data/indicators.json",
        recordId: indicators.points[3]!.metric,
        path: "points[3].sources[0]",
      }),
    ]);
  });

  it("accepts a wrapper after an official first source", () => {
    editReport(2023, (report) => {
      (report.activities[0]!.sources as unknown[]).push({
        url: "https://www-itu-int.translate.goog/en/",
        kind: "copy",
      });
    });
    expect(checkDataDir(copy).issues).toEqual([]);
  });

  it("fails when a compiled report's source kind is not the host rules' (a press page called official)", () => {
    let id = "";
    editReport(2022, (report) => {
      const activity = report.activities[0]!;
      id = String(activity.id);
      activity.sources = [{ url: "https://dig.watch/event/x", kind: "official" }];
    });
    expect(checkDataDir(copy).issues).toEqual([
      {
        file: "data/reports/2022.json",
        recordId: id,
        path: "sources[0].kind",
        message: 'must be "press" by the host rules (data/README.md, "Sources by kind")',
      },
    ]);
  });

  it("flags a report file that does not follow the naming rule", () => {
    writeFileSync(join(copy, "reports", "draft.json"), "{}");
    expect(checkDataDir(copy).issues.map((issue) => issue.file)).toContain("data/reports/draft.json");
  });
});
