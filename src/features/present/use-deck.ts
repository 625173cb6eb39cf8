import { useCallback, useMemo } from "react";
import {
  DECK_PARAM,
  deckEntries,
  parseDeck,
  parseSlideNumber,
  type Slide,
} from "../../url-state/deck-params";
import { parseSavedDeck, saveDeck, useSavedDeckRaw } from "../../url-state/deck-storage";
import { navigate, useHashLocation } from "../../url-state/use-hash-location";

const PATH = "/present";

/**
 * The deck comes from the URL (a shared link) or, when the URL names none, from this browser. Edits
 * write both: the URL stays shareable and the deck is remembered.
 */
export function useDeck() {
  const location = useHashLocation();
  const savedRaw = useSavedDeckRaw();
  const deckParam = location.params.get(DECK_PARAM);
  const { slides, notices } = useMemo(
    () => (deckParam !== null ? parseDeck(deckParam) : parseSavedDeck(savedRaw)),
    [deckParam, savedRaw],
  );
  const slideNumber = parseSlideNumber(location.params, slides.length);

  const edit = useCallback((next: Slide[], options?: { replace?: boolean }) => {
    saveDeck(next);
    navigate(PATH, deckEntries(next), options);
  }, []);
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

  return { slides, notices, fromLink: deckParam !== null, slideNumber, edit, goTo, present, leave };
}
