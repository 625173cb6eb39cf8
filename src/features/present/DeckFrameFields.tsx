import { useTranslation } from "../../i18n/use-translation";
import type { DeckFrame } from "../../url-state/deck-frame";
import { MAX_TITLE_LENGTH, normalizeTitle } from "../../url-state/deck-params";

/** The deck's optional title slide (title and date) and closing Sources slide. */
export function DeckFrameFields({
  frame,
  onFrame,
}: {
  frame: DeckFrame;
  onFrame: (frame: DeckFrame) => void;
}) {
  const { t } = useTranslation();
  const cover = frame.cover;
  const setCover = (field: "title" | "date", value: string) => {
    const normalized = normalizeTitle(value);
    if (!cover || normalized === cover[field]) return;
    const kept = Object.entries(cover).filter(([key]) => key !== field);
    onFrame({
      ...frame,
      cover: { ...Object.fromEntries(kept), ...(normalized ? { [field]: normalized } : {}) },
    });
  };
  return (
    <fieldset className="deck-frame">
      <legend className="visually-hidden">{t("present.titleSlide")}</legend>
      <label className="deck-frame__toggle">
        <input
          type="checkbox"
          checked={Boolean(cover)}
          onChange={(event) =>
            onFrame(event.currentTarget.checked ? { ...frame, cover: {} } : { sources: frame.sources })
          }
        />{" "}
        {t("present.titleSlide")}
      </label>
      {cover ? (
        <>
          <label className="deck-frame__field">
            {t("present.deckTitle")}
            <input
              type="text"
              defaultValue={cover.title ?? ""}
              placeholder={t("app.title")}
              maxLength={MAX_TITLE_LENGTH}
              onBlur={(event) => setCover("title", event.currentTarget.value)}
              onKeyDown={(event) => event.key === "Enter" && event.currentTarget.blur()}
            />
          </label>
          <label className="deck-frame__field">
            {t("present.deckDate")}
            <input
              type="text"
              defaultValue={cover.date ?? ""}
              maxLength={MAX_TITLE_LENGTH}
              onBlur={(event) => setCover("date", event.currentTarget.value)}
              onKeyDown={(event) => event.key === "Enter" && event.currentTarget.blur()}
            />
          </label>
        </>
      ) : null}
      <label className="deck-frame__toggle">
        <input
          type="checkbox"
          checked={frame.sources}
          onChange={(event) => onFrame({ ...frame, sources: event.currentTarget.checked })}
        />{" "}
        {t("present.sourcesSlide")}
      </label>
    </fieldset>
  );
}
