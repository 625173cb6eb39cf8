import { INPUT_LIMITS } from "../schema/input-limits";
import { z } from "../schema/zod";

/** One deck kept in this browser: its slides in the deck URL format, so that it keeps whatever a link can say. */
export interface SavedDeck {
  id: string;
  /** The user's name for it; "" until they give one (the UI then says "My deck" or "Deck from a link"). */
  name: string;
  /** The slides as the `deck=` parameter writes them. */
  deck: string;
  /** ISO date-time of the last change. */
  updatedAt: string;
  /** Set when the deck began as someone else's link. */
  origin?: "link";
}

/** "My decks": every deck of this browser, and the one #/present shows when its link names none. */
export interface DeckLibrary {
  current?: string;
  decks: SavedDeck[];
}

export const EMPTY_LIBRARY: DeckLibrary = { decks: [] };

// Read back after any number of versions or hand edits: validated like any other input.
const DeckLibrarySchema = z.object({
  version: z.literal(2),
  current: z.optional(z.string().check(z.maxLength(64))),
  decks: z
    .array(
      z.object({
        id: z.string().check(z.minLength(1), z.maxLength(64)),
        name: z.string().check(z.maxLength(INPUT_LIMITS.deckNameLength)),
        deck: z.string().check(z.maxLength(INPUT_LIMITS.deckLength)),
        updatedAt: z.string().check(z.maxLength(40)),
        origin: z.optional(z.literal("link")),
      }),
    )
    .check(z.maxLength(INPUT_LIMITS.savedDecks)),
});

export function parseLibrary(raw: string): DeckLibrary | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = DeckLibrarySchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { current, decks } = parsed.data;
  return current === undefined ? { decks } : { current, decks };
}

export function serializeLibrary(library: DeckLibrary): string {
  return JSON.stringify({ version: 2, ...library });
}

export function currentDeck(library: DeckLibrary): SavedDeck | undefined {
  return library.decks.find((deck) => deck.id === library.current) ?? library.decks[0];
}

/** The saved deck with exactly these slides (the current one first): a link to one's own deck is that deck. */
export function findDeck(library: DeckLibrary, serialized: string): SavedDeck | undefined {
  const current = currentDeck(library);
  if (current?.deck === serialized) return current;
  return library.decks.find((deck) => deck.deck === serialized);
}

/** The library with `deck` in it (replacing the one of its id) and current; undefined when full. */
export function putDeck(library: DeckLibrary, deck: SavedDeck): DeckLibrary | undefined {
  const index = library.decks.findIndex((item) => item.id === deck.id);
  if (index < 0 && library.decks.length >= INPUT_LIMITS.savedDecks) return undefined;
  const decks =
    index < 0 ? [...library.decks, deck] : library.decks.map((item, i) => (i === index ? deck : item));
  return { current: deck.id, decks };
}

export interface RemovedDeck {
  deck: SavedDeck;
  index: number;
  wasCurrent: boolean;
}

export function removeDeck(
  library: DeckLibrary,
  id: string,
): { library: DeckLibrary; removed?: RemovedDeck } {
  const index = library.decks.findIndex((deck) => deck.id === id);
  const deck = library.decks[index];
  if (!deck) return { library };
  const wasCurrent = currentDeck(library)?.id === id;
  const decks = library.decks.filter((item) => item.id !== id);
  const current = wasCurrent ? decks[0]?.id : library.current;
  return {
    library: current === undefined ? { decks } : { current, decks },
    removed: { deck, index, wasCurrent },
  };
}

/** Undoes removeDeck: the deck back in its place (and current again if it was). */
export function restoreDeck(library: DeckLibrary, removed: RemovedDeck): DeckLibrary {
  const decks = library.decks.filter((deck) => deck.id !== removed.deck.id);
  decks.splice(Math.min(removed.index, decks.length), 0, removed.deck);
  const current = removed.wasCurrent ? removed.deck.id : library.current;
  return current === undefined ? { decks } : { current, decks };
}

export function newDeckId(): string {
  return typeof crypto !== "undefined" && typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
