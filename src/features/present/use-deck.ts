import { useCallback, useMemo, useState } from "react";
import { INPUT_LIMITS } from "../../schema/input-limits";
import { currentDeck, findDeck, newDeckId, putDeck, type SavedDeck } from "../../url-state/deck-library";
import {
  DECK_PARAM,
  deckEntries,
  parseDeck,
  parseSlideNumber,
  serializeDeck,
  type Slide,
} from "../../url-state/deck-params";
import {
  libraryFromSnapshot,
  readLibrary,
  useDeckLibrarySnapshot,
  writeLibrary,
} from "../../url-state/deck-storage";
import { navigate, useHashLocation } from "../../url-state/use-hash-location";

const PATH = "/present";
const NO_SLIDES: Slide[] = [];

/** What the last edit did with the user's decks, for the page to say. */
export type DeckSaveOutcome =
  { kind: "copied"; deck: SavedDeck } | { kind: "full" } | { kind: "refused" } | undefined;

/**
 * The deck comes from the URL (a shared link) or, when the URL names none, from "My decks". A link whose
 * slides are one of the user's decks is that deck; any other is someone else's, and editing it saves a new
 * deck of the user's, never over one they have. Edits write the URL too, so it stays shareable.
 */
export function useDeck() {
  const location = useHashLocation();
  const snapshot = useDeckLibrarySnapshot();
  const { library, notices: storageNotices } = useMemo(() => libraryFromSnapshot(snapshot), [snapshot]);
  const deckParam = location.params.get(DECK_PARAM);
  const linked = useMemo(() => (deckParam !== null ? parseDeck(deckParam) : undefined), [deckParam]);
  const shown = linked ? findDeck(library, serializeDeck(linked.slides)) : currentDeck(library);
  const stored = useMemo(
    () => (shown && !linked ? parseDeck(shown.deck).slides : undefined),
    [shown, linked],
  );
  const slides = useMemo(() => linked?.slides ?? stored ?? NO_SLIDES, [linked, stored]);
  const notices = linked?.notices ?? storageNotices;
  const slideNumber = parseSlideNumber(location.params, slides.length);
  const [outcome, setOutcome] = useState<DeckSaveOutcome>();
  const shownId = shown?.id;
  const fromLink = linked !== undefined && shown === undefined && linked.slides.length > 0;

  const edit = useCallback(
    (next: Slide[], options?: { replace?: boolean }) => {
      const fresh = readLibrary().library;
      const own = fresh.decks.find((deck) => deck.id === shownId);
      const updatedAt = new Date().toISOString();
      const deck: SavedDeck = own
        ? { ...own, deck: serializeDeck(next), updatedAt }
        : {
            id: newDeckId(),
            name: fromLink
              ? (next.find((slide) => slide.title)?.title ?? "").slice(0, INPUT_LIMITS.deckNameLength)
              : "",
            deck: serializeDeck(next),
            updatedAt,
            ...(fromLink ? { origin: "link" as const } : {}),
          };
      const library = putDeck(fresh, deck);
      if (!library) setOutcome({ kind: "full" });
      else if (!writeLibrary(library)) setOutcome({ kind: "refused" });
      else setOutcome(own ? undefined : fromLink ? { kind: "copied", deck } : undefined);
      navigate(PATH, deckEntries(next), options);
    },
    [shownId, fromLink],
  );
  // Moving between slides replaces the entry: Back leaves the slideshow instead of replaying it.
  const goTo = useCallback(
    (number: number) => navigate(PATH, deckEntries(slides, number), { replace: true }),
    [slides],
  );
  const present = useCallback(() => {
    // Full screen needs the click that asked for it; headless browsers and some frames refuse it.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    navigate(PATH, deckEntries(slides, 1));
  }, [slides]);
  const leave = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
    navigate(PATH, deckEntries(slides));
  }, [slides]);

  return { slides, notices, fromLink, shown, library, outcome, slideNumber, edit, goTo, present, leave };
}
