import { useTranslation } from "../../i18n/use-translation";
import {
  MAX_NOTES_LENGTH,
  MAX_TITLE_LENGTH,
  type Slide,
  type SlideTextField,
} from "../../url-state/deck-params";
import { deckViewText, type SlideText } from "./slide-text";

interface DeckSlideItemProps {
  slide: Slide;
  index: number;
  count: number;
  text: SlideText;
  /** The slide's chart as an image (a data URL), once drawn. */
  thumbnail: string | undefined;
  onText: (field: SlideTextField, value: string) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** One slide of the deck editor: its picture, its own words (title, subtitle, speaker notes) and its moves. */
export function DeckSlideItem({
  slide,
  index,
  count,
  text,
  thumbnail,
  onText,
  onMove,
  onRemove,
}: DeckSlideItemProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const commit = (field: SlideTextField) => (event: { currentTarget: { value: string } }) =>
    onText(field, event.currentTarget.value);
  return (
    <li className="deck-slide">
      <span className="deck-slide__thumb" aria-hidden="true">
        {thumbnail ? <img src={thumbnail} alt="" width={192} height={108} /> : null}
        <span className="deck-slide__number">{number}</span>
      </span>
      <div className="deck-slide__body">
        <label className="deck-slide__title">
          <span className="visually-hidden">{t("present.slideTitle", { number })}</span>
          <input
            // Keyed by its value: a slide moved into this place shows its own words.
            key={slide.title ?? ""}
            type="text"
            defaultValue={slide.title ?? ""}
            placeholder={deckViewText(slide.view).title}
            maxLength={MAX_TITLE_LENGTH}
            onBlur={commit("title")}
            onKeyDown={(event) => event.key === "Enter" && event.currentTarget.blur()}
          />
        </label>
        <label className="deck-slide__subtitle">
          <span className="visually-hidden">{t("present.slideSubtitle", { number })}</span>
          <input
            key={slide.subtitle ?? ""}
            type="text"
            defaultValue={slide.subtitle ?? ""}
            placeholder={text.subtitle}
            maxLength={MAX_TITLE_LENGTH}
            onBlur={commit("subtitle")}
            onKeyDown={(event) => event.key === "Enter" && event.currentTarget.blur()}
          />
        </label>
        <p className="deck-slide__meta">
          {deckViewText(slide.view).name} · {text.filters} ·{" "}
          <a href={text.link} target="_blank" rel="noopener noreferrer">
            {t("present.openView")}
          </a>
        </p>
        <details className="deck-slide__notes" open={slide.notes ? true : undefined}>
          <summary>{t("present.speakerNotes")}</summary>
          <label>
            <span className="visually-hidden">{t("present.slideNotes", { number })}</span>
            <textarea
              key={slide.notes ?? ""}
              defaultValue={slide.notes ?? ""}
              rows={3}
              maxLength={MAX_NOTES_LENGTH}
              placeholder={t("present.notesPlaceholder")}
              onBlur={commit("notes")}
            />
          </label>
        </details>
      </div>
      <div className="deck-slide__actions">
        <button
          type="button"
          aria-label={t("present.moveUpLabel", { number })}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          {t("present.moveUp")}
        </button>
        <button
          type="button"
          aria-label={t("present.moveDownLabel", { number })}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          {t("present.moveDown")}
        </button>
        <button type="button" aria-label={t("present.removeLabel", { number })} onClick={onRemove}>
          {t("present.remove")}
        </button>
      </div>
    </li>
  );
}
