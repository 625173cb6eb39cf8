// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { INPUT_LIMITS } from "../schema/input-limits";
import { findDeck, putDeck, removeDeck, restoreDeck, type DeckLibrary, type SavedDeck } from "./deck-library";
import { DECK_STORAGE_KEY, DECKS_STORAGE_KEY, readLibrary, saveDeck } from "./deck-storage";

const deck = (id: string, slides: string): SavedDeck => ({ id, name: id, deck: slides, updatedAt: "" });

afterEach(() => window.localStorage.clear());

describe("My decks", () => {
  it("moves an old single deck into the library, as the current deck", () => {
    window.localStorage.setItem(
      DECK_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        slides: [
          { view: "sdgs", query: "sdg=5" },
          { view: "trend", query: "" },
        ],
      }),
    );
    const { library } = readLibrary();
    expect(library.decks).toEqual([{ id: "migrated", name: "", deck: "sdgs!sdg.5~trend", updatedAt: "" }]);
    expect(library.current).toBe("migrated");
    saveDeck([{ view: "matrix", query: "" }]);
    expect(window.localStorage.getItem(DECK_STORAGE_KEY)).toBeNull();
    expect(readLibrary().library.decks.map((item) => item.deck)).toEqual(["matrix"]);
    expect(window.localStorage.getItem(DECKS_STORAGE_KEY)).not.toBeNull();
  });

  it("finds one's own deck by its slides, the current one first", () => {
    const library: DeckLibrary = {
      current: "b",
      decks: [deck("a", "trend"), deck("b", "trend"), deck("c", "sdgs")],
    };
    expect(findDeck(library, "trend")?.id).toBe("b");
    expect(findDeck(library, "sdgs")?.id).toBe("c");
    expect(findDeck(library, "matrix")).toBeUndefined();
  });

  it("removes a deck and puts it back in its place with undo", () => {
    const library: DeckLibrary = {
      current: "b",
      decks: [deck("a", "trend"), deck("b", "sdgs"), deck("c", "matrix")],
    };
    const { library: without, removed } = removeDeck(library, "b");
    expect(without).toEqual({ current: "a", decks: [deck("a", "trend"), deck("c", "matrix")] });
    expect(restoreDeck(without, removed!)).toEqual(library);
  });

  it("refuses a new deck past the cap, but still updates an existing one", () => {
    const full: DeckLibrary = {
      decks: Array.from({ length: INPUT_LIMITS.savedDecks }, (_, index) => deck(`d${index}`, "trend")),
    };
    expect(putDeck(full, deck("new", "sdgs"))).toBeUndefined();
    expect(putDeck(full, deck("d3", "sdgs"))?.decks[3]?.deck).toBe("sdgs");
  });

  it("reads a corrupt library as empty, with a notice", () => {
    window.localStorage.setItem(DECKS_STORAGE_KEY, "{nope");
    expect(readLibrary()).toEqual({
      library: { decks: [] },
      notices: [{ code: "savedDeckCorrupt", param: "", value: "" }],
    });
  });
});
