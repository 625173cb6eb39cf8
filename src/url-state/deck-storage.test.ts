// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import {
  appendSlideToSavedDeck,
  CORRUPT_SAVED_DECK,
  DECK_STORAGE_KEY,
  parseSavedDeck,
  readSavedDeck,
  saveDeck,
} from "./deck-storage";

afterEach(() => window.localStorage.clear());

describe("the saved deck", () => {
  it("is empty when nothing was saved", () => {
    expect(readSavedDeck()).toEqual({ slides: [], notices: [] });
  });

  it("keeps slides through a save and a read, and forgets an empty deck", () => {
    saveDeck([
      { view: "sdgs", query: "sdg=5", title: "Gender" },
      { view: "trend", query: "" },
    ]);
    expect(readSavedDeck().slides).toEqual([
      { view: "sdgs", query: "sdg=5", title: "Gender" },
      { view: "trend", query: "" },
    ]);
    saveDeck([]);
    expect(window.localStorage.getItem(DECK_STORAGE_KEY)).toBeNull();
  });

  it.each([
    ["not JSON", "{oops"],
    ["another version", JSON.stringify({ version: 2, slides: [] })],
    ["an unknown view", JSON.stringify({ version: 1, slides: [{ view: "pie", query: "" }] })],
    ["a wrong shape", JSON.stringify({ version: 1, slides: "trend" })],
  ])("is ignored with a notice when it is %s", (_, raw) => {
    expect(parseSavedDeck(raw)).toEqual({ slides: [], notices: [CORRUPT_SAVED_DECK] });
  });

  it("cleans the filters of stored slides", () => {
    const raw = JSON.stringify({
      version: 1,
      slides: [{ view: "sdgs", query: "sdg=19~5&table=x", title: "  " }],
    });
    expect(parseSavedDeck(raw).slides).toEqual([{ view: "sdgs", query: "sdg=5" }]);
  });
});

describe("appendSlideToSavedDeck", () => {
  it("pins a chart with the filters only, and counts the slides", () => {
    expect(appendSlideToSavedDeck("sdgs", new URLSearchParams("sdg=5&year=2023&sort=title"))).toBe(1);
    expect(appendSlideToSavedDeck("trend", new URLSearchParams(""))).toBe(2);
    expect(readSavedDeck().slides).toEqual([
      { view: "sdgs", query: "year=2023&sdg=5" },
      { view: "trend", query: "" },
    ]);
  });

  it("replaces a corrupt saved deck instead of failing", () => {
    window.localStorage.setItem(DECK_STORAGE_KEY, "[[[");
    expect(appendSlideToSavedDeck("matrix", new URLSearchParams("sector=ITU-D"))).toBe(1);
  });

  it("refuses views that are not charts", () => {
    expect(() => appendSlideToSavedDeck("activities", new URLSearchParams())).toThrow(/cannot be a slide/);
  });
});
