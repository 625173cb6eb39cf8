import { describe, expect, it } from "vitest";
import { makeActivity } from "../../tests/fixtures/dataset";
import type { ActivityRecord } from "./activity-record";
import { SLICED_BUILD_FROM, createTextSearch } from "./text-search";

const record = (id: string, title: string, summary = "An activity."): ActivityRecord => ({
  ...makeActivity({ id, title, summary }),
  year: 2024,
  reportKind: "compiled",
});

const activities: ActivityRecord[] = [
  record("joined", "Global Cybersecurity Index", "Measures countries' commitment."),
  record("split", "Cyber security drills", "Regional exercises for response teams."),
  record("hyphen", "Cyber-security for children", "Guidelines for industry."),
  record("health", "Digital health platform", "E-santé et télémédecine en Afrique."),
  record("summary-only", "Regional forum", "A session on cybersecurity and digital health."),
  record("girls", "Girls in ICT Day", "Events in 170 countries."),
  record("ai", "AI for Good", "Artificial intelligence summit."),
];
const search = createTextSearch(activities);
const ids = (query: string) =>
  [...search.search(query).keys()].map((position) => activities[position]!.id).sort();
const ranked = (query: string) =>
  [...search.search(query).entries()]
    .sort(([, a], [, b]) => b - a)
    .map(([position]) => activities[position]!.id);

describe("createTextSearch", () => {
  it("matches every word, in any order", () => {
    expect(ids("ict girls")).toEqual(["girls"]);
    expect(ids("girls health")).toEqual([]);
  });

  it("matches prefixes", () => {
    expect(ids("cybersec")).toEqual(["joined", "summary-only"]);
    expect(ids("drill")).toEqual(["split"]);
    expect(ids("telemed")).toEqual(["health"]);
  });

  it("forgives one typo in words of five letters or more, none in shorter ones", () => {
    expect(ids("cybersecurty")).toContain("joined");
    expect(ids("cybersecurty")).toContain("summary-only");
    expect(ids("hwalth")).toContain("health");
    expect(ids("gril")).toEqual([]);
    expect(ids("cybrsecurty")).toEqual([]);
  });

  it("ignores accents and case in the query and in the text", () => {
    expect(ids("E-SANTE")).toEqual(["health"]);
    expect(ids("télémédecine")).toEqual(["health"]);
  });

  it("finds joined and split forms alike", () => {
    const all = ["hyphen", "joined", "split", "summary-only"];
    expect(ids("cybersecurity")).toEqual(all);
    expect(ids("cyber security")).toEqual(all);
    expect(ids("cyber-security")).toEqual(all);
  });

  it("finds at least what a plain 'contains' found, inside words too", () => {
    expect(ids("security")).toEqual(expect.arrayContaining(["joined", "summary-only", "split", "hyphen"]));
    expect(ids("170")).toEqual(["girls"]);
  });

  it("ranks a title match above a summary-only match", () => {
    const order = ranked("cybersecurity");
    expect(order.indexOf("joined")).toBeLessThan(order.indexOf("summary-only"));
    expect(ranked("digital health")[0]).toBe("health");
  });

  it("matches nothing for an empty query", () => expect(ids("   ")).toEqual([]));

  it("builds a large index in slices, then answers like a small one", async () => {
    const many = Array.from({ length: SLICED_BUILD_FROM }, (_, index) =>
      record(`m${index}`, index % 2 ? "Cyber security week" : "Spectrum management"),
    );
    const large = createTextSearch(many);
    // Until it is built, the plain "contains" match answers: no split form found.
    expect(large.search("cybersecurity").size).toBe(0);
    expect(large.search("security").size).toBe(SLICED_BUILD_FROM / 2);
    const built = large.prepare();
    expect(large.ready).toBe(false);
    await built;
    expect(large.ready).toBe(true);
    expect(large.search("cybersecurity").size).toBe(SLICED_BUILD_FROM / 2);
    expect(large.search("spectrom").size).toBe(SLICED_BUILD_FROM / 2);
  });
});
