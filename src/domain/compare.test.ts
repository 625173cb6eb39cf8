import { describe, expect, it } from "vitest";
import { makeActivity, makeReference } from "../../tests/fixtures/dataset";
import type { RoleEdition } from "../schema/reference";
import type { ActivityRecord } from "./activity-record";
import { countBySector } from "./count-by";
import {
  compareCounts,
  compareRoles,
  defaultCompareYears,
  diffActivitiesByKey,
  percentChange,
  roleInYear,
} from "./compare";

const record = (year: number, activity: Parameters<typeof makeActivity>[0]): ActivityRecord => ({
  ...makeActivity(activity),
  year,
  reportKind: "compiled",
});

describe("percentChange", () => {
  it.each([
    [4, 6, 50],
    [4, 1, -75],
    [3, 3, 0],
    [0, 5, "new"],
    [0, 0, null],
    [2, 0, -100],
  ] as const)("%d → %d is %j", (a, b, expected) => {
    expect(percentChange(a, b)).toBe(expected);
  });
});

describe("compareCounts", () => {
  it("gives absolute and percentage change per category, in the order given", () => {
    const rows = compareCounts(
      new Map([
        ["ITU-D", 4],
        ["GS", 2],
      ]),
      new Map([
        ["ITU-D", 6],
        ["GS", 1],
      ]),
      ["ITU-R", "ITU-D", "GS"],
    );
    expect(rows).toEqual([
      { category: "ITU-R", a: 0, b: 0, change: 0, percentChange: null },
      { category: "ITU-D", a: 4, b: 6, change: 2, percentChange: 50 },
      { category: "GS", a: 2, b: 1, change: -1, percentChange: -50 },
    ]);
  });

  it("says 'new' rather than an infinite percentage when A is 0", () => {
    const [row] = compareCounts(new Map(), new Map([[9, 3]]), [9]);
    expect(row).toEqual({ category: 9, a: 0, b: 3, change: 3, percentChange: "new" });
  });

  it("keeps a category present in one year only, even if the list misses it", () => {
    const a = countBySector([record(2022, { id: "x", sector: { code: "ITU-T", basis: "stated" } })]);
    const b = countBySector([record(2023, { id: "y", sector: undefined })]);
    const rows = compareCounts(a, b, ["ITU-D"]);
    expect(rows.map((row) => [row.category, row.a, row.b, row.percentChange])).toEqual([
      ["ITU-D", 0, 0, null],
      ["ITU-T", 1, 0, -100],
      ["none", 0, 1, "new"],
    ]);
  });
});

describe("defaultCompareYears", () => {
  it("takes the latest two report years, whatever their order or gaps", () => {
    expect(defaultCompareYears([2023, 2000, 2025, 2010])).toEqual({ a: 2023, b: 2025 });
  });

  it("compares the only year with itself when only one year is loaded", () => {
    expect(defaultCompareYears([2024, 2024])).toEqual({ a: 2024, b: 2024 });
  });

  it("has no default without any year", () => {
    expect(defaultCompareYears([])).toBeUndefined();
  });
});

describe("diffActivitiesByKey", () => {
  const forum22 = record(2022, { id: "F22", key: "wsis-forum", title: "WSIS Forum 2022" });
  const forum23 = record(2023, { id: "F23", key: "wsis-forum", title: "WSIS Forum 2023: hybrid" });
  const prizes22 = record(2022, { id: "P22", key: "wsis-prizes", title: "WSIS Prizes" });
  const sameTitle23 = record(2023, { id: "P23", key: "wsis-prizes-contest", title: "WSIS Prizes" });
  const drill23a = record(2023, { id: "D1", key: "cyberdrill", title: "CyberDrill for Africa" });
  const drill23b = record(2023, { id: "D2", key: "cyberdrill", title: "CyberDrill for Europe" });

  it("matches by key when titles change, never by title", () => {
    const diff = diffActivitiesByKey([forum22, prizes22], [forum23, sameTitle23]);
    expect(diff.continued).toEqual([{ key: "wsis-forum", a: [forum22], b: [forum23] }]);
    expect(diff.added.map((activity) => activity.id)).toEqual(["P23"]);
    expect(diff.removed.map((activity) => activity.id)).toEqual(["P22"]);
  });

  it("lists every activity of a new key, and pairs groups that share a key", () => {
    const drill22 = record(2022, { id: "D0", key: "cyberdrill" });
    expect(diffActivitiesByKey([], [drill23a, drill23b]).added).toEqual([drill23a, drill23b]);
    expect(diffActivitiesByKey([drill22], [drill23a, drill23b]).continued).toEqual([
      { key: "cyberdrill", a: [drill22], b: [drill23a, drill23b] },
    ]);
  });

  it("with A = B everything continues", () => {
    const diff = diffActivitiesByKey([forum22, prizes22], [forum22, prizes22]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.continued.map((item) => item.key)).toEqual(["wsis-forum", "wsis-prizes"]);
  });
});

describe("ITU roles by year", () => {
  const editions: RoleEdition[] = makeReference().ituRoles;
  const withNote: RoleEdition[] = [
    {
      fromYear: 2010,
      citation: "2010",
      sources: [],
      roles: [{ actionLine: "C6", role: "facilitator", note: "temporary" }],
    },
    { fromYear: 2023, citation: "2023", sources: [], roles: [{ actionLine: "C6", role: "facilitator" }] },
  ];

  it("uses the latest edition with fromYear <= year, and nothing before the first", () => {
    expect(roleInYear(editions, "C2", 2009)).toEqual({
      edition: undefined,
      role: undefined,
      note: undefined,
    });
    expect(roleInYear(editions, "C2", 2010)).toMatchObject({
      role: "facilitator",
      edition: { fromYear: 2010 },
    });
    expect(roleInYear(editions, "C2", 2022)).toMatchObject({ role: "facilitator" });
    expect(roleInYear(editions, "C2", 2023)).toMatchObject({ role: undefined, edition: { fromYear: 2023 } });
    expect(roleInYear([...editions].reverse(), "C4", 2030)).toMatchObject({ role: "facilitator" });
  });

  it("flags lines whose role, note or knowledge changes between A and B", () => {
    const rows = compareRoles(editions, ["C2", "C4", "C5"], 2022, 2023);
    expect(rows.map((row) => [row.line, row.changed])).toEqual([
      ["C2", true],
      ["C4", true],
      ["C5", false],
    ]);
    expect(compareRoles(editions, ["C5"], 2005, 2023)[0]?.changed).toBe(true);
    expect(compareRoles(withNote, ["C6"], 2022, 2023)[0]?.changed).toBe(true);
    expect(compareRoles(editions, ["C2", "C4"], 2023, 2023).some((row) => row.changed)).toBe(false);
  });
});
