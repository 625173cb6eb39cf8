import { describe, expect, it } from "vitest";
import { makeActivity, makeReference } from "../../tests/fixtures/dataset";
import type { Activity } from "../schema/report";
import type { ActivityRecord } from "./activity-record";
import { buildLineSdgAnnex } from "./line-sdg-annex";
import { activitiesInReportOrder, buildReportSections, CROSS_CUTTING } from "./report-structure";

const reference = makeReference();
const record = (overrides: Partial<Activity> & Pick<Activity, "id">): ActivityRecord => ({
  ...makeActivity(overrides),
  year: 2023,
  reportKind: "compiled",
});
const line = (code: string) => ({ code, basis: "stated" as const });

const activities = [
  record({ id: "d-c7health", actionLines: [line("C7.e-health")] }),
  record({ id: "none-c1", sector: undefined, actionLines: [line("C1")] }),
  record({ id: "d-forum", actionLines: [] }),
  record({ id: "gs-c11", sector: { code: "GS", basis: "stated" }, actionLines: [line("C11")] }),
  record({ id: "d-c10", actionLines: [line("C10"), line("C2")] }),
  record({ id: "d-c2", actionLines: [line("C2")] }),
  record({ id: "r-c5", sector: { code: "ITU-R", basis: "stated" }, actionLines: [line("C5")] }),
  record({ id: "d-c7", actionLines: [line("C7")] }),
  record({ id: "d-c2b", actionLines: [line("C2")] }),
];

describe("the report structure", () => {
  const sections = buildReportSections(activities, reference);

  it("orders sectors as the report does, with no ITU unit named last", () => {
    expect(sections.map((section) => section.code)).toEqual(["ITU-R", "ITU-D", "GS", undefined]);
    expect(sections.map((section) => section.count)).toEqual([1, 6, 1, 1]);
  });

  it("orders lines C1 … C11 within a sector, sub-lines under their line, cross-cutting work last", () => {
    const itud = sections[1];
    expect(itud?.lines.map((item) => item.code)).toEqual(["C2", "C7", "C10", CROSS_CUTTING]);
    expect(itud?.lines[0]?.activities.map((item) => item.id)).toEqual(["d-c2", "d-c2b"]);
    const c7 = itud?.lines[1];
    expect(c7?.activities.map((item) => item.id)).toEqual(["d-c7"]);
    expect(c7?.subLines).toEqual([{ code: "C7.e-health", activities: [activities[0]] }]);
  });

  it("places every activity exactly once, under its first line", () => {
    const placed = activitiesInReportOrder(sections).map((item) => item.id);
    expect(placed).toHaveLength(activities.length);
    expect(new Set(placed)).toEqual(new Set(activities.map((item) => item.id)));
    expect(sections[1]?.lines.find((item) => item.code === "C10")?.activities.map((a) => a.id)).toEqual([
      "d-c10",
    ]);
  });

  it("gives a sub-line's parent a section even when no activity names the parent itself", () => {
    const only = buildReportSections([activities[0] as ActivityRecord], reference);
    expect(only[0]?.lines).toEqual([{ code: "C7", activities: [], subLines: [expect.anything()] }]);
  });

  it("is empty for no activities", () => {
    expect(buildReportSections([], reference)).toEqual([]);
  });
});

describe("the annex of activities per action line and SDG", () => {
  it("counts an activity in every cell of its main lines and SDGs, cross-cutting work in its own row", () => {
    const annex = buildLineSdgAnnex(
      [
        record({
          id: "a",
          actionLines: [line("C2"), line("C7.e-health")],
          sdgs: [{ sdg: 3, basis: "matrix" }],
        }),
        record({
          id: "b",
          actionLines: [],
          sdgs: [
            { sdg: 3, basis: "stated" },
            { sdg: 5, basis: "assigned" },
          ],
        }),
        record({ id: "c", actionLines: [line("C2")], sdgs: [] }),
      ],
      ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11"],
      [3, 5],
    );
    const row = (code: string) => annex.rows.find((item) => item.line === code);
    expect(annex.rows.map((item) => item.line)).toHaveLength(12);
    expect(row("C2")).toEqual({ line: "C2", counts: [1, 0], activities: 2 });
    expect(row("C7")).toEqual({ line: "C7", counts: [1, 0], activities: 1 });
    expect(row(CROSS_CUTTING)).toEqual({ line: CROSS_CUTTING, counts: [1, 1], activities: 1 });
    expect(annex.sdgTotals).toEqual([2, 1]);
    expect(annex.withoutSdg).toBe(1);
  });
});
