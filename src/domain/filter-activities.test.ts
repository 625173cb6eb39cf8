import { beforeAll, describe, expect, it } from "vitest";
import { makeActivity } from "../../tests/fixtures/dataset";
import type { ActivityRecord } from "./activity-record";
import { filterActivities } from "./filter-activities";
import { EMPTY_FILTERS } from "./filter-state";
import { loadTextSearch } from "./text-search-loader";

// Free-text filters need the text search, which loads on demand.
beforeAll(loadTextSearch);

const record = (year: number, activity: Parameters<typeof makeActivity>[0]): ActivityRecord => ({
  ...makeActivity(activity),
  year,
  reportKind: "compiled",
});

const activities: ActivityRecord[] = [
  record(2022, { id: "a", sdgs: [{ sdg: 5, basis: "stated" }], title: "Girls in ICT Day" }),
  record(2023, {
    id: "b",
    sdgs: [{ sdg: 9, basis: "matrix" }],
    actionLines: [{ code: "C7.e-health", basis: "assigned" }],
  }),
  record(2023, { id: "c", sector: undefined, sdgs: [], actionLines: [], summary: "Le forum sur la e-santé" }),
];
const ids = (filters: Partial<typeof EMPTY_FILTERS>) =>
  filterActivities(activities, { ...EMPTY_FILTERS, ...filters }).map((activity) => activity.id);

describe("filterActivities", () => {
  it("keeps everything without filters", () => expect(ids({})).toEqual(["a", "b", "c"]));
  it("ORs values within a dimension", () => expect(ids({ sdgs: [5, 9] })).toEqual(["a", "b"]));
  it("ANDs across dimensions", () => expect(ids({ sdgs: [5, 9], years: [2023] })).toEqual(["b"]));
  it("includes sub-lines when the parent line is chosen", () =>
    expect(ids({ lines: ["C7"] })).toEqual(["b"]));
  it("does not match C1 to C11", () => expect(ids({ lines: ["C1"] })).toEqual([]));
  it("never matches an activity without sector to a sector filter", () =>
    expect(ids({ sectors: ["ITU-D"] })).toEqual(["a", "b"]));
  it("searches title and summary, ignoring case and accents", () => {
    expect(ids({ q: "GIRLS ict" })).toEqual(["a"]);
    expect(ids({ q: "e-sante" })).toEqual(["c"]);
  });
  it("returns nothing when nothing matches", () => expect(ids({ sdgs: [17] })).toEqual([]));
});
