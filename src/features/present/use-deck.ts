import { useCallback, useMemo } from "react";
import {
  DECK_PARAM,
  deckEntries,
  parseDeck,
  parseSlideNumber,
  type Slide,
} from "../../url-state/deck-params";
import { deckFrameEntries, deckPages, parseDeckFrame, type DeckFrame } from "../../url-state/deck-frame";
import { parseSavedDeck, saveDeck, useSavedDeckRaw } from "../../url-state/deck-storage";
import { navigate, useHashLocation } from "../../url-state/use-hash-location";

const PATH = "/present";

/**
 * The deck comes from the URL (a shared link) or, when the URL names none, from this browser. Edits
 * write both: the URL stays shareable and the deck is remembered. The title and sources slides live in
 * the URL only, beside the deck.
 */
export function useDeck() {
  const location = useHashLocation();
  const savedRaw = useSavedDeckRaw();
  const deckParam = location.params.get(DECK_PARAM);
  const { slides, notices } = useMemo(
    () => (deckParam !== null ? parseDeck(deckParam) : parseSavedDeck(savedRaw)),
    [deckParam, savedRaw],
  );
  // Parsed from its own entries, so that the frame object changes only when the frame does.
  const frameQuery = new URLSearchParams(deckFrameEntries(parseDeckFrame(location.params))).toString();
  const frame = useMemo(() => parseDeckFrame(new URLSearchParams(frameQuery)), [frameQuery]);
  const pages = useMemo(() => deckPages(slides, frame), [slides, frame]);
  const slideNumber = parseSlideNumber(location.params, pages.length);

  const entries = useCallback(
    (next: readonly Slide[], nextFrame: DeckFrame, number: number | null = null) => [
      ...deckEntries(next, number),
      ...deckFrameEntries(nextFrame),
    ],
    [],
  );
  const edit = useCallback(
    (next: Slide[], options?: { replace?: boolean }) => {
      saveDeck(next);
      navigate(PATH, entries(next, frame), options);
    },
    [entries, frame],
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
    fromLink: deckParam !== null,
    slideNumber,
    edit,
    setFrame,
    goTo,
    present,
    leave,
  };
}
