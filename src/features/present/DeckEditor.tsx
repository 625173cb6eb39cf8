import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { Trans } from "../../i18n/Trans";
import { HashLink } from "../../components/HashLink";
import {
  DECK_VIEWS,
  deckEntries,
  isDeckView,
  withSlideText,
  type DeckView,
  type Slide,
  type SlideTextField,
} from "../../url-state/deck-params";
import { formatHash } from "../../url-state/hash-location";
import type { DeckServices } from "./deck-services";
import { deckFrameEntries, type DeckFrame } from "../../url-state/deck-frame";
import { DeckFrameFields } from "./DeckFrameFields";
import { DeckSlideItem } from "./DeckSlideItem";
import { ExportDeckButton } from "./ExportDeckButton";
import { deckViewText, describeSlide } from "./slide-text";
import { useDeckThumbnails } from "./use-deck-thumbnails";

interface DeckEditorProps {
  slides: readonly Slide[];
  frame: DeckFrame;
  onFrame: (frame: DeckFrame) => void;
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
export function DeckEditor({ slides, frame, services, onEdit, onFrame, onPresent }: DeckEditorProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState("");
  const [newView, setNewView] = useState<DeckView>("sdgs");
  const deckUrl = `${services.base}${formatHash("/present", [...deckEntries(slides), ...deckFrameEntries(frame)])}`;
  const [list, setList] = useState<HTMLOListElement | null>(null);
  const { capture, thumbnails } = useDeckThumbnails(slides, services, list);
  const setText = (index: number, field: SlideTextField, value: string) => {
    const slide = slides[index];
    if (!slide) return;
    const changed = withSlideText(slide, field, value);
    if (changed[field] === slide[field]) return;
    onEdit(
      slides.map((item, itemIndex) => (itemIndex === index ? changed : item)),
      { replace: true },
    );
  };

  return (
    <div className="deck-editor">
      <div className="deck-editor__toolbar">
        <button type="button" className="button--primary" disabled={slides.length === 0} onClick={onPresent}>
          {t("present.present")}
        </button>
        <ExportDeckButton slides={slides} frame={frame} services={services} onStatus={setStatus} />
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
        <ol ref={setList} className="deck-list" aria-label={t("present.slides")}>
          {slides.map((slide, index) => (
            <DeckSlideItem
              key={`${index}:${slide.view}:${slide.query}`}
              slide={slide}
              index={index}
              count={slides.length}
              text={describeSlide(slide, services.caption, services.base)}
              thumbnail={thumbnails[index]}
              onText={(field, value) => setText(index, field, value)}
              onMove={(to) => onEdit(move(slides, index, to))}
              onRemove={() => onEdit(slides.filter((_, itemIndex) => itemIndex !== index))}
            />
          ))}
        </ol>
      )}

      {slides.length > 0 ? <DeckFrameFields frame={frame} onFrame={onFrame} /> : null}
      {capture}
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
