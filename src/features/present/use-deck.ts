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
import { deckFrameEntries, deckPages, parseDeckFrame, type DeckFrame } from "../../url-state/deck-frame";
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
 * deck of the user's, never over one they have. Edits write the URL too, so it stays shareable. The title
 * and sources slides live in the URL only, beside the deck.
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
  // Parsed from its own entries, so that the frame object changes only when the frame does.
  const frameQuery = new URLSearchParams(deckFrameEntries(parseDeckFrame(location.params))).toString();
  const frame = useMemo(() => parseDeckFrame(new URLSearchParams(frameQuery)), [frameQuery]);
  const pages = useMemo(() => deckPages(slides, frame), [slides, frame]);
  const slideNumber = parseSlideNumber(location.params, pages.length);
  const [outcome, setOutcome] = useState<DeckSaveOutcome>();
  const shownId = shown?.id;
  const fromLink = linked !== undefined && shown === undefined && linked.slides.length > 0;

  const entries = useCallback(
    (next: readonly Slide[], nextFrame: DeckFrame, number: number | null = null) => [
      ...deckEntries(next, number),
      ...deckFrameEntries(nextFrame),
    ],
    [],
  );
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
      navigate(PATH, entries(next, frame), options);
    },
    [shownId, fromLink, entries, frame],
  );
  const setFrame = useCallback(
    (next: DeckFrame) => navigate(PATH, entries(slides, next), { replace: true }),
    [entries, slides],
  );
  // Moving between slides replaces the entry: Back leaves the slideshow instead of replaying it.
  const goTo = useCallback(
    (number: number) => navigate(PATH, entries(slides, frame, number), { replace: true }),
    [entries, slides, frame],
  );
  const present = useCallback(() => {
    // Full screen needs the click that asked for it; headless browsers and some frames refuse it.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    navigate(PATH, entries(slides, frame, 1));
  }, [entries, slides, frame]);
  const leave = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
    navigate(PATH, entries(slides, frame));
  }, [entries, slides, frame]);

  return {
    slides,
    notices,
    frame,
    pages,
    fromLink,
    shown,
    library,
    outcome,
    slideNumber,
    edit,
    setFrame,
    goTo,
    present,
    leave,
  };
}
