import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clip, INPUT_LIMITS } from "../schema/input-limits";
import { capNotices } from "./cap-notices";
import { parseEmbedOptions } from "./embed-contract";
import { sharedParamIssues } from "./shared-param-issues";
import { parseTableParams } from "./table-params";
import { parseDeck } from "./deck-params";
import { parseFilterParams } from "./filter-params";

const droppedTotal = (dropped: ReadonlyArray<{ count?: number }>) =>
  dropped.reduce((sum, item) => sum + (item.count ?? 1), 0);

describe("caps on what a link carries", () => {
  it("reads at most listValues values of a list and counts the rest", () => {
    const { dropped } = parseFilterParams(new URLSearchParams(`sdg=${"x~".repeat(100_000)}`));
    expect(dropped.length).toBe(INPUT_LIMITS.listValues + 1);
    expect(dropped.at(-1)).toMatchObject({ param: "sdg", code: "tooMany", value: "", count: 99_800 });
    expect(droppedTotal(dropped)).toBe(100_000);
  });

  it("drops a value longer than the cap, keeping only the start a notice quotes", () => {
    const { filters, dropped } = parseFilterParams(new URLSearchParams(`line=C1.${"a".repeat(100_000)}`));
    expect(filters.lines).toEqual([]);
    expect(dropped).toEqual([
      { code: "tooLong", param: "line", value: `C1.${"a".repeat(INPUT_LIMITS.echoedValueLength - 3)}…` },
    ]);
  });

  it("marks the bidi controls of a quoted value, so it cannot reorder itself", () => {
    const { dropped } = parseFilterParams(new URLSearchParams({ sector: "\u202Edc-uti" }));
    expect(dropped).toEqual([{ code: "sector", param: "sector", value: "\uFFFDdc-uti" }]);
  });

  it("quotes any dropped value cut to the notice's length", () => {
    const long = `x${"é".repeat(5_000)}`;
    const query = new URLSearchParams({ sdg: long.slice(0, 150), theme: long, sort: long, bg: long });
    const issues = [...parseFilterParams(query).dropped, ...sharedParamIssues(query)];
    parseTableParams(query, ["year"], issues);
    parseEmbedOptions(query, issues);
    expect(issues).toHaveLength(4);
    for (const issue of issues)
      expect(issue.value.length).toBeLessThanOrEqual(INPUT_LIMITS.echoedValueLength + 1);
  });

  it("whatever the list, every value is either kept or accounted for", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom("5", "9", "x", "", " ", "99")), { maxLength: 600 }),
        (items) => {
          const { filters, dropped } = parseFilterParams(new URLSearchParams({ sdg: items.join("~") }));
          const nonEmpty = items.filter((item) => item.trim() !== "");
          const keptDistinct = filters.sdgs.length;
          const listed = dropped.filter((item) => item.count === undefined).length;
          expect(listed).toBeLessThanOrEqual(INPUT_LIMITS.listValues);
          expect(droppedTotal(dropped) + keptDistinct).toBeLessThanOrEqual(nonEmpty.length);
          if (nonEmpty.every((item) => item !== "5" && item !== "9"))
            expect(droppedTotal(dropped)).toBe(nonEmpty.length);
        },
      ),
    );
  });

  it("sums up the notices of a deck past the first few", () => {
    const { notices } = parseDeck(`sdgs${"!zz".repeat(30_000)}`);
    expect(notices).toHaveLength(INPUT_LIMITS.listedNotices + 1);
    expect(notices.at(-1)).toEqual({ code: "tooMany", param: "deck", value: "", count: 29_990 });
  });

  it("does not read a deck past its cap", () => {
    const { notices } = parseDeck(`sdgs~${"trend~".repeat(50_000)}`);
    expect(notices[0]).toEqual({ code: "deckTooLong", param: "deck", value: "" });
  });
});

describe("capNotices", () => {
  it("shows at most max items and counts every other one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ count: fc.option(fc.nat(1000), { nil: undefined }) }), { maxLength: 50 }),
        fc.nat(20),
        (items, max) => {
          const { shown, more } = capNotices(items, max);
          expect(shown.length).toBeLessThanOrEqual(max);
          expect(shown.length + more).toBe(items.reduce((sum, item) => sum + (item.count ?? 1), 0));
        },
      ),
    );
  });
});

describe("clip", () => {
  it("never grows past max + 1 characters and never splits a surrogate pair", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.integer({ min: 1, max: 50 }),
        (text, max) => {
          const clipped = clip(text, max);
          expect(clipped.length).toBeLessThanOrEqual(max + 1);
          expect(clipped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
        },
      ),
    );
  });
});
