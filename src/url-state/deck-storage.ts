import { useSyncExternalStore } from "react";
import { z } from "../schema/zod";
import {
  canonicalSlideQuery,
  DECK_VIEWS,
  isDeckView,
  MAX_SLIDES,
  normalizeTitle,
  type ParsedDeck,
  type Slide,
} from "./deck-params";

/** The deck this browser remembers: what #/present shows when its URL names no deck. */
export const DECK_STORAGE_KEY = "wsis-dashboard:deck";
const CHANGE_EVENT = "wsis-dashboard:deck-change";

// Stored by this app, but read back after any number of versions (or hand edits): validated like any input.
const StoredDeckSchema = z.object({
  version: z.literal(1),
  slides: z
    .array(z.object({ view: z.enum(DECK_VIEWS), query: z.string().max(2000), title: z.string().optional() }))
    .max(MAX_SLIDES),
});

export const CORRUPT_SAVED_DECK =
  "The slide deck saved in this browser could not be read, so it was ignored.";

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(DECK_STORAGE_KEY);
  } catch {
    return null; // storage blocked (privacy settings): behave as if nothing was saved
  }
}

/** The saved deck, or an empty one with a notice when what is stored is not a deck. */
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

export function readSavedDeck(): ParsedDeck {
  return parseSavedDeck(readRaw());
}

/** Remembers the deck; false when the browser refuses (storage full or blocked). */
export function saveDeck(slides: readonly Slide[]): boolean {
  try {
    if (slides.length === 0) window.localStorage.removeItem(DECK_STORAGE_KEY);
    else
      window.localStorage.setItem(
        DECK_STORAGE_KEY,
        JSON.stringify({ version: 1, slides: slides.slice(0, MAX_SLIDES) }),
      );
  } catch {
    return false;
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return true;
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

/** The saved deck as stored (a string, so React can compare snapshots); parse it with parseSavedDeck. */
export function useSavedDeckRaw(): string | null {
  return useSyncExternalStore(subscribe, readRaw, () => null);
}
