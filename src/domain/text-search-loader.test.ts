import { describe, expect, it } from "vitest";
import { makeActivity } from "../../tests/fixtures/dataset";
import type { ActivityRecord } from "./activity-record";
import { isTextSearchLoaded, loadedTextSearchOf, loadTextSearch } from "./text-search-loader";

const record = (id: string, title: string): ActivityRecord => ({
  ...makeActivity({ id, title, summary: "An activity." }),
  year: 2024,
  reportKind: "compiled",
});
const activities = [record("cyber", "Cybersecurity for schools"), record("broadband", "Broadband maps")];

describe("the text search, loaded on demand", () => {
  it("refuses to answer before it has loaded, rather than answer without the query", async () => {
    expect(isTextSearchLoaded()).toBe(false);
    expect(() => loadedTextSearchOf(activities)).toThrow(/before loadTextSearch/);
    await loadTextSearch();
    expect(isTextSearchLoaded()).toBe(true);
    expect([...loadedTextSearchOf(activities).search("cyber").keys()]).toEqual([0]);
  });

  it("loads once: later calls share the first load and the same index", async () => {
    expect(loadTextSearch()).toBe(loadTextSearch());
    await loadTextSearch();
    expect(loadedTextSearchOf(activities)).toBe(loadedTextSearchOf(activities));
  });
});
