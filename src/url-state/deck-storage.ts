import { useSyncExternalStore } from "react";
import { z } from "../schema/zod";
import {
  canonicalSlideQuery,
  DECK_VIEWS,
  isDeckView,
  MAX_SLIDES,
  normalizeTitle,
  parseDeck,
  serializeDeck,
  type ParsedDeck,
  type Slide,
} from "./deck-params";
import {
  currentDeck,
  EMPTY_LIBRARY,
  newDeckId,
  parseLibrary,
  putDeck,
  serializeLibrary,
  type DeckLibrary,
} from "./deck-library";
import { urlIssue, type UrlIssue } from "./url-issue";

/** Where earlier versions kept their one deck; read once to migrate it into "My decks". */
export const DECK_STORAGE_KEY = "wsis-dashboard:deck";
/** "My decks" (see deck-library.ts). */
export const DECKS_STORAGE_KEY = "wsis-dashboard:decks";
const CHANGE_EVENT = "wsis-dashboard:deck-change";
const MIGRATED_ID = "migrated";

// Stored by this app, but read back after any number of versions (or hand edits): validated like any input.
const StoredDeckSchema = z.object({
  version: z.literal(1),
  slides: z
    .array(
      z.object({
        view: z.enum(DECK_VIEWS),
        query: z.string().check(z.maxLength(2000)),
        title: z.optional(z.string()),
      }),
    )
    .check(z.maxLength(MAX_SLIDES)),
});

export const CORRUPT_SAVED_DECK: UrlIssue = urlIssue("savedDeckCorrupt", "", "");

function readItem(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage blocked (privacy settings): behave as if nothing was saved
  }
}

/** What is stored, as one string React can compare: "2" + the library, or "1" + an old single deck. */
function readSnapshot(): string {
  const library = readItem(DECKS_STORAGE_KEY);
  if (library !== null) return `2${library}`;
  const legacy = readItem(DECK_STORAGE_KEY);
  return legacy === null ? "" : `1${legacy}`;
}

/** The library in a snapshot; an old single deck becomes its one deck, a corrupt store an empty one with a notice. */
export function libraryFromSnapshot(snapshot: string): { library: DeckLibrary; notices: UrlIssue[] } {
  if (snapshot === "") return { library: EMPTY_LIBRARY, notices: [] };
  if (snapshot.startsWith("2")) {
    const library = parseLibrary(snapshot.slice(1));
    return library ? { library, notices: [] } : { library: EMPTY_LIBRARY, notices: [CORRUPT_SAVED_DECK] };
  }
  const { slides, notices } = parseSavedDeck(snapshot.slice(1));
  if (slides.length === 0) return { library: EMPTY_LIBRARY, notices };
  const deck = { id: MIGRATED_ID, name: "", deck: serializeDeck(slides), updatedAt: "" };
  return { library: { current: MIGRATED_ID, decks: [deck] }, notices };
}

export function readLibrary(): { library: DeckLibrary; notices: UrlIssue[] } {
  return libraryFromSnapshot(readSnapshot());
}

/** Keeps the library (and retires the old single-deck key); false when the browser refuses. */
export function writeLibrary(library: DeckLibrary): boolean {
  try {
    window.localStorage.setItem(DECKS_STORAGE_KEY, serializeLibrary(library));
    window.localStorage.removeItem(DECK_STORAGE_KEY);
  } catch {
    return false;
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return true;
}

/** An old single deck (format 1), or an empty one with a notice when what is stored is not a deck. */
export function parseSavedDeck(raw: string | null): ParsedDeck {
  if (raw === null) return { slides: [], notices: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { slides: [], notices: [CORRUPT_SAVED_DECK] };
  }
  const parsed = StoredDeckSchema.safeParse(json);
  if (!parsed.success) return { slides: [], notices: [CORRUPT_SAVED_DECK] };
  const slides = parsed.data.slides.map((slide): Slide => {
    const query = canonicalSlideQuery(new URLSearchParams(slide.query)).query;
    const title = normalizeTitle(slide.title);
    return title ? { view: slide.view, query, title } : { view: slide.view, query };
  });
  return { slides, notices: [] };
}

/** The current deck of "My decks". */
export function readSavedDeck(): ParsedDeck {
  const { library, notices } = readLibrary();
  const deck = currentDeck(library);
  return deck ? { slides: parseDeck(deck.deck).slides, notices } : { slides: [], notices };
}

/** Keeps the slides as the current deck (a new one when there is none); false when the browser refuses. */
export function saveDeck(slides: readonly Slide[]): boolean {
  const { library } = readLibrary();
  const current = currentDeck(library) ?? { id: newDeckId(), name: "", deck: "", updatedAt: "" };
  const deck = serializeDeck(slides.slice(0, MAX_SLIDES));
  const next = putDeck(library, { ...current, deck, updatedAt: new Date().toISOString() });
  return next !== undefined && writeLibrary(next);
}

/**
 * Pins a view, with the filters in `params` (other parameters are left out), to the end of the saved
 * deck. Returns the number of slides; throws when the view is not a chart or the deck is full.
 */
export function appendSlideToSavedDeck(view: string, params: URLSearchParams): number {
  if (!isDeckView(view)) throw new Error(`“${view}” cannot be a slide`);
  const { slides } = readSavedDeck(); // a corrupt saved deck is replaced
  if (slides.length >= MAX_SLIDES) throw new Error(`the deck already has ${MAX_SLIDES} slides`);
  const next = [...slides, { view, query: canonicalSlideQuery(params).query }];
  if (!saveDeck(next)) throw new Error("this browser does not allow saving it");
  return next.length;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener("storage", onChange); // other tabs
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

export { subscribe as subscribeSavedDeck };

/** "My decks" as stored (a string, so React can compare snapshots); read it with libraryFromSnapshot. */
export function useDeckLibrarySnapshot(): string {
  return useSyncExternalStore(subscribe, readSnapshot, () => "");
}
