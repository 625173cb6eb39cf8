import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { useFormat } from "../../i18n/use-format";
import {
  newDeckId,
  putDeck,
  removeDeck,
  restoreDeck,
  type DeckLibrary,
  type RemovedDeck,
  type SavedDeck,
} from "../../url-state/deck-library";
import { deckEntries, parseDeck } from "../../url-state/deck-params";
import { readLibrary, writeLibrary } from "../../url-state/deck-storage";
import { navigate } from "../../url-state/use-hash-location";
import { INPUT_LIMITS } from "../../schema/input-limits";
import { useDeckName } from "./deck-name";

const PATH = "/present";

/** Shows a saved deck: its slides in the URL, and it becomes the one #/present opens with. */
function openDeck(deck: SavedDeck) {
  const { library } = readLibrary();
  if (library.decks.some((item) => item.id === deck.id)) writeLibrary({ ...library, current: deck.id });
  navigate(PATH, deckEntries(parseDeck(deck.deck).slides));
}

/** "My decks": every deck of this browser, to open, rename or remove (with Undo). */
export function MyDecks({ library, shownId }: { library: DeckLibrary; shownId: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const deckName = useDeckName();
  const [removed, setRemoved] = useState<RemovedDeck>();
  const [status, setStatus] = useState("");

  const remove = (deck: SavedDeck) => {
    const result = removeDeck(readLibrary().library, deck.id);
    if (!result.removed || !writeLibrary(result.library)) return setStatus(t("present.decks.notSaved"));
    setRemoved(result.removed);
    setStatus("");
    if (deck.id === shownId) navigate(PATH, []);
  };
  const undo = () => {
    if (!removed) return;
    if (!writeLibrary(restoreDeck(readLibrary().library, removed)))
      return setStatus(t("present.decks.notSaved"));
    if (removed.wasCurrent) openDeck(removed.deck);
    setRemoved(undefined);
  };
  const rename = (deck: SavedDeck, name: string) => {
    const trimmed = name.trim().slice(0, INPUT_LIMITS.deckNameLength);
    if (trimmed === deck.name) return;
    const next = putDeck(readLibrary().library, { ...deck, name: trimmed });
    if (!next || !writeLibrary({ ...next, current: readLibrary().library.current ?? deck.id }))
      setStatus(t("present.decks.notSaved"));
  };
  const create = () => {
    const next = putDeck(readLibrary().library, {
      id: newDeckId(),
      name: "",
      deck: "",
      updatedAt: new Date().toISOString(),
    });
    if (!next) return setStatus(t("present.decks.full", { max: INPUT_LIMITS.savedDecks }));
    if (!writeLibrary(next)) return setStatus(t("present.decks.notSaved"));
    navigate(PATH, []);
  };

  return (
    <section className="my-decks" aria-labelledby="my-decks-title">
      <h2 id="my-decks-title">{t("present.decks.title")}</h2>
      {library.decks.length === 0 ? <p className="muted">{t("present.decks.none")}</p> : null}
      <ul className="my-decks__list">
        {library.decks.map((deck, index) => {
          const name = deckName(deck);
          const count = parseDeck(deck.deck).slides.length;
          const updated = Number.isNaN(Date.parse(deck.updatedAt))
            ? ""
            : ` · ${format.date(new Date(deck.updatedAt), { dateStyle: "medium", timeStyle: "short" })}`;
          return (
            <li
              key={deck.id}
              className="my-decks__item"
              aria-current={deck.id === shownId ? "true" : undefined}
            >
              <label className="my-decks__name">
                <span className="visually-hidden">{t("present.decks.nameLabel", { number: index + 1 })}</span>
                <input
                  type="text"
                  dir="auto"
                  defaultValue={deck.name}
                  placeholder={name}
                  maxLength={INPUT_LIMITS.deckNameLength}
                  onBlur={(event) => rename(deck, event.currentTarget.value)}
                  onKeyDown={(event) => event.key === "Enter" && event.currentTarget.blur()}
                />
              </label>
              <span className="muted">
                {t("present.decks.slides", { count })}
                {updated}
                {deck.id === shownId ? ` · ${t("present.decks.shown")}` : ""}
              </span>
              <span className="my-decks__actions">
                <button
                  type="button"
                  aria-label={t("present.decks.openLabel", { name })}
                  disabled={deck.id === shownId}
                  onClick={() => openDeck(deck)}
                >
                  {t("present.decks.open")}
                </button>
                <button
                  type="button"
                  aria-label={t("present.decks.removeLabel", { name })}
                  onClick={() => remove(deck)}
                >
                  {t("present.decks.remove")}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="my-decks__status" role="status" aria-live="polite">
        {removed ? (
          <>
            {t("present.decks.removed", { name: deckName(removed.deck) })}{" "}
            <button type="button" className="link-button" onClick={undo}>
              {t("present.decks.undo")}
            </button>
          </>
        ) : (
          status
        )}
      </p>
      <button type="button" onClick={create}>
        {t("present.decks.new")}
      </button>
    </section>
  );
}
