import { describe, expect, it } from "vitest";
import { makeActivity, makeReference, makeReport } from "../../../tests/fixtures/dataset";
import type { Report } from "../../schema/report";
import { mergeUserDatasets } from "./merge-user-datasets";
import { takenIdsForImport } from "./taken-ids";
import type { StoredUserDataset } from "./user-dataset";

const reference = makeReference();
const shipped = [
  makeReport(2022, [makeActivity({ id: "T1" })]),
  makeReport(2023, [makeActivity({ id: "T3" }), makeActivity({ id: "T4" })]),
];
const userReport = (year: number, ids: string[]): Report => ({
  ...makeReport(
    year,
    ids.map((id) => makeActivity({ id })),
  ),
  meta: { ...makeReport(year, []).meta, kind: "user", title: `User data ${year}` },
});
const stored = (
  id: string,
  mode: "add" | "replace",
  reports: Report[],
  importedAt = "2026-01-01T00:00:00Z",
): StoredUserDataset => ({
  id,
  label: `${id}.csv`,
  source: "file",
  importedAt,
  mode,
  reports,
});

describe("mergeUserDatasets", () => {
  it("returns the shipped reports as they are when nothing is stored", () => {
    const { reports, userData } = mergeUserDatasets(shipped, [], reference);
    expect(reports).toEqual(shipped);
    expect(userData).toEqual({ datasets: [], issues: [], replacedYears: [] });
  });

  it("adds user reports as extra years, by year, always of kind user", () => {
    const tampered = {
      ...userReport(2024, ["U1"]),
      meta: { ...userReport(2024, []).meta, kind: "compiled" as const },
    };
    const { reports, userData } = mergeUserDatasets(
      shipped,
      [stored("a", "add", [tampered, userReport(2022, ["U2"])])],
      reference,
    );
    expect(reports.map((report) => [report.meta.year, report.meta.kind])).toEqual([
      [2022, "compiled"],
      [2022, "user"],
      [2023, "compiled"],
      [2024, "user"],
    ]);
    expect(userData.datasets).toEqual([
      {
        id: "a",
        label: "a.csv",
        source: "file",
        importedAt: "2026-01-01T00:00:00Z",
        mode: "add",
        years: [2022, 2024],
        activityCount: 2,
      },
    ]);
  });

  it("hides the shipped years a dataset replaces, and frees their ids", () => {
    const { reports, userData } = mergeUserDatasets(
      shipped,
      [stored("a", "replace", [userReport(2023, ["T3", "U9"])])],
      reference,
    );
    expect(reports.map((report) => `${report.meta.year} ${report.meta.kind}`)).toEqual([
      "2022 compiled",
      "2023 user",
    ]);
    expect(userData.replacedYears).toEqual([2023]);
    expect(userData.issues).toEqual([]);
  });

  it("leaves out clashing ids, reports datasets that no longer validate, and skips unreadable records", () => {
    const broken = {
      ...userReport(2025, ["B1"]),
      activities: [makeActivity({ id: "B1", sector: { code: "ITU-X", basis: "stated" } })],
    };
    const { reports, userData } = mergeUserDatasets(
      shipped,
      [
        stored("a", "add", [userReport(2024, ["T1", "U1"])]),
        stored("b", "add", [broken]),
        { nonsense: true },
      ],
      reference,
      ["key-a", "key-b", "key-junk"],
    );
    expect(userData.unreadable).toEqual([{ key: "key-junk", number: 3 }]);
    expect(
      reports.find((report) => report.meta.year === 2024)!.activities.map((activity) => activity.id),
    ).toEqual(["U1"]);
    expect(userData.issues.map((issue) => `${issue.file} ${issue.recordId ?? ""} ${issue.path}`)).toEqual([
      "saved dataset 3  ",
      "b.csv B1 sector.code",
      "a.csv T1 id",
    ]);
    expect(userData.issues[2]!.message).toContain("already used by the shipped 2022 report");
  });
});

describe("takenIdsForImport", () => {
  const shown = [...shipped, userReport(2024, ["U1"])];
  it("takes every id shown when adding", () => {
    expect([...takenIdsForImport(shipped, shown, [], [2023], "add").keys()]).toEqual([
      "T1",
      "T3",
      "T4",
      "U1",
    ]);
  });
  it("frees the ids of the shipped years being replaced", () => {
    const taken = takenIdsForImport(shipped, shown, [], [2023], "replace");
    expect([...taken.keys()]).toEqual(["T1", "U1"]);
    expect(taken.get("U1")).toBe("your loaded data (User data 2024)");
  });
});
