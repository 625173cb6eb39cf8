import { useCallback } from "react";
import { useTranslation } from "../../i18n/use-translation";
import type { SavedDeck } from "../../url-state/deck-library";

/** A deck's name as shown: the user's, or what it is ("My deck", "Deck from a link") until they name it. */
export function useDeckName() {
  const { t } = useTranslation();
  return useCallback(
    (deck: Pick<SavedDeck, "name" | "origin">) =>
      deck.name || t(deck.origin === "link" ? "present.decks.fromLinkName" : "present.decks.untitled"),
    [t],
  );
}
