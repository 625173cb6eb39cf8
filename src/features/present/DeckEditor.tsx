import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { Trans } from "../../i18n/Trans";
import { HashLink } from "../../components/HashLink";
import {
  DECK_VIEWS,
  deckEntries,
  isDeckView,
  normalizeTitle,
  type DeckView,
  type Slide,
} from "../../url-state/deck-params";
import { formatHash } from "../../url-state/hash-location";
import type { DeckServices } from "./deck-services";
import { ExportDeckButton } from "./ExportDeckButton";
import { deckViewText, describeSlide } from "./slide-text";
import "../../i18n/english/present";

interface DeckEditorProps {
  slides: readonly Slide[];
  services: DeckServices;
  onEdit: (slides: Slide[], options?: { replace?: boolean }) => void;
  onPresent: () => void;
}

const move = (slides: readonly Slide[], from: number, to: number) => {
  const next = [...slides];
  const [slide] = next.splice(from, 1);
  if (slide) next.splice(to, 0, slide);
  return next;
};

/** The deck as a list: rename, reorder and remove slides, then present, export or share it. */
export function DeckEditor({ slides, services, onEdit, onPresent }: DeckEditorProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState("");
  const [newView, setNewView] = useState<DeckView>("sdgs");
  const deckUrl = `${services.base}${formatHash("/present", deckEntries(slides))}`;
  const rename = (index: number, title: string) => {
    const slide = slides[index];
    if (!slide || normalizeTitle(title) === slide.title) return;
    const normalized = normalizeTitle(title);
    const renamed: Slide = normalized
      ? { view: slide.view, query: slide.query, title: normalized }
      : { view: slide.view, query: slide.query };
    onEdit(
      slides.map((item, itemIndex) => (itemIndex === index ? renamed : item)),
      { replace: true },
    );
  };

  return (
    <div className="deck-editor">
      <div className="deck-editor__toolbar">
        <button type="button" className="button--primary" disabled={slides.length === 0} onClick={onPresent}>
          {t("present.present")}
        </button>
        <ExportDeckButton slides={slides} services={services} onStatus={setStatus} />
        <button
          type="button"
          disabled={slides.length === 0}
          onClick={() =>
            navigator.clipboard.writeText(deckUrl).then(
              () => setStatus(t("present.deckLinkCopied")),
              () => setStatus(t("present.copyThisLink", { url: deckUrl })),
            )
          }
        >
          {t("present.copyDeckLink")}
        </button>
        <p className="deck-editor__status" role="status" aria-live="polite">
          {status}
        </p>
      </div>

      {slides.length === 0 ? (
        <p className="deck-editor__empty">
          <Trans
            i18nKey="present.empty"
            components={{ overview: <HashLink href="#/" />, strong: <strong /> }}
          />
        </p>
      ) : (
        <ol className="deck-list" aria-label={t("present.slides")}>
          {slides.map((slide, index) => {
            const text = describeSlide(slide, services.caption, services.base);
            return (
              <li key={`${index}:${slide.view}:${slide.query}:${slide.title ?? ""}`} className="deck-slide">
                <span className="deck-slide__number" aria-hidden="true">
                  {index + 1}
                </span>
                <div className="deck-slide__body">
                  <label className="deck-slide__title">
                    <span className="visually-hidden">{t("present.slideTitle", { number: index + 1 })}</span>
                    <input
                      type="text"
                      defaultValue={slide.title ?? ""}
                      placeholder={deckViewText(slide.view).title}
                      maxLength={120}
                      onBlur={(event) => rename(index, event.currentTarget.value)}
                      onKeyDown={(event) => event.key === "Enter" && event.currentTarget.blur()}
                    />
                  </label>
                  <p className="deck-slide__meta">
                    {deckViewText(slide.view).name} · {text.filters} ·{" "}
                    <a href={text.link} target="_blank" rel="noopener noreferrer">
                      {t("present.openView")}
                    </a>
                  </p>
                </div>
                <div className="deck-slide__actions">
                  <button
                    type="button"
                    aria-label={t("present.moveUpLabel", { number: index + 1 })}
                    disabled={index === 0}
                    onClick={() => onEdit(move(slides, index, index - 1))}
                  >
                    {t("present.moveUp")}
                  </button>
                  <button
                    type="button"
                    aria-label={t("present.moveDownLabel", { number: index + 1 })}
                    disabled={index === slides.length - 1}
                    onClick={() => onEdit(move(slides, index, index + 1))}
                  >
                    {t("present.moveDown")}
                  </button>
                  <button
                    type="button"
                    aria-label={t("present.removeLabel", { number: index + 1 })}
                    onClick={() => onEdit(slides.filter((_, itemIndex) => itemIndex !== index))}
                  >
                    {t("present.remove")}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}

      <form
        className="deck-editor__add"
        onSubmit={(event) => {
          event.preventDefault();
          onEdit([...slides, { view: newView, query: "" }]);
        }}
      >
        <label>
          {t("present.addChart")}{" "}
          <select
            value={newView}
            onChange={(event) => isDeckView(event.target.value) && setNewView(event.target.value)}
          >
            {DECK_VIEWS.map((view) => (
              <option key={view} value={view}>
                {deckViewText(view).name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t("present.addSlide")}</button>
      </form>
    </div>
  );
}
