import { useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { ChartActionsContext } from "../../components/chart/chart-actions";
import { ChartDisplayContext, type ChartDisplay } from "../../components/chart/chart-theme";
import { PanelBoundary } from "../../components/PanelBoundary";
import {
  ChartHeightContext,
  ChartTypeContext,
  outputLayout,
  scaleType,
  STAGE_SIZE,
} from "../../components/chart/type-scale";
import { EMPTY_FILTERS } from "../../domain/filter-state";
import type { DeckFrame, DeckPage } from "../../url-state/deck-frame";
import type { Slide } from "../../url-state/deck-params";
import type { DeckServices } from "./deck-services";
import { NoteReport, useElementHeight } from "./slide-chart-area";
import { slideForKey } from "./slide-keys";
import { coverText, sourcesText } from "./frame-text";
import { SLIDE_PALETTE } from "./slide-palette";
import { describeSlide, slideFilters } from "./slide-text";

/**
 * Slides are laid out on a fixed 16:9 stage, then drawn at the screen's own size (not enlarged
 * afterwards): the same slide on any projector, and the charts' canvases at the screen's real pixels.
 */
export const STAGE = STAGE_SIZE;
// Slides are drawn in the slide palette whatever the app's theme; patterns carry over.
const SLIDE_DISPLAY: Omit<ChartDisplay, "pattern"> = {
  tone: SLIDE_PALETTE.theme,
  showLegend: true,
  showTitle: false,
};

function subscribeResize(onChange: () => void) {
  window.addEventListener("resize", onChange);
  return () => window.removeEventListener("resize", onChange);
}
const readScale = () => Math.min(window.innerWidth / STAGE.width, window.innerHeight / STAGE.height);

interface SlideshowProps {
  slides: readonly Slide[];
  /** Title slide, charts and sources slide, in order. */
  pages: ReadonlyArray<DeckPage<Slide>>;
  frame: DeckFrame;
  /** 1-based. */
  number: number;
  services: DeckServices;
  onGo: (number: number) => void;
  onLeave: () => void;
}

/** The deck full screen, one live chart per slide; the keys of presentation software move through it. */
export function Slideshow({ slides, pages, frame, number, services, onGo, onLeave }: SlideshowProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLDialogElement>(null);
  const scale = useSyncExternalStore(subscribeResize, readScale, () => 1);
  const page = pages[number - 1] ?? pages[0];
  const slide = page?.kind === "chart" ? page.slide : undefined;
  const { renderChart, caption, base } = services;
  const text = useMemo(
    () => (slide ? describeSlide(slide, caption, base) : undefined),
    [slide, caption, base],
  );
  const frameText = useMemo(() => {
    if (page?.kind === "cover") return coverText(frame, caption(EMPTY_FILTERS, "sdgs").source);
    if (page?.kind === "sources") return sourcesText(slides, services.reports, base);
    return undefined;
  }, [page, frame, caption, slides, services.reports, base]);
  const filters = useMemo(() => (slide ? slideFilters(slide) : undefined), [slide]);
  const count = pages.length;
  const { pattern } = useContext(ChartDisplayContext);
  const display = useMemo(() => ({ ...SLIDE_DISPLAY, pattern }), [pattern]);
  // The slide type scale at the size the stage is drawn: 14 pt labels of a 960 pt slide, in screen pixels.
  const type = useMemo(() => scaleType(outputLayout("slideshow").type, scale), [scale]);
  const [chartArea, setChartArea] = useState<HTMLElement | null>(null);
  const chartHeight = useElementHeight(chartArea);
  const [note, setNote] = useState<string | undefined>();
  const noteActions = useCallback(
    (chart: { note?: string }) => <NoteReport note={chart.note} onNote={setNote} />,
    [],
  );

  useEffect(() => {
    // A modal <dialog>: the page behind is inert, so Tab cycles through the slideshow's own controls only.
    // jsdom has no showModal, so there it is simply opened.
    const dialog = root.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    }
    dialog?.focus();
    // The page under the slideshow must not scroll (a phone would scroll it instead of the slide).
    document.documentElement.dataset.presenting = "true";
    return () => {
      delete document.documentElement.dataset.presenting;
    };
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // The chart's own arrow keys (when it has focus) and native button keys come first.
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (
        (event.key === " " || event.key === "Enter") &&
        target?.closest("button, a, input, select, textarea")
      )
        return;
      const next = slideForKey(event.key, number, count);
      if (next === null) return;
      event.preventDefault();
      if (next === "leave") onLeave();
      else onGo(next);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [number, count, onGo, onLeave]);

  // In full screen the browser takes Esc for itself: leaving full screen leaves the slideshow too.
  useEffect(() => {
    let wasFullscreen = Boolean(document.fullscreenElement);
    const onChange = () => {
      if (document.fullscreenElement) wasFullscreen = true;
      else if (wasFullscreen) onLeave();
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, [onLeave]);

  const title = text?.title ?? frameText?.title ?? "";
  if (!page || (!(slide && text && filters) && !frameText)) return null;
  return (
    <dialog
      ref={root}
      className="present present-show"
      aria-label={t("present.slideshow")}
      tabIndex={-1}
      // Esc is one of the slideshow's keys (handled with the others): the dialog must not close by itself.
      onCancel={(event) => event.preventDefault()}
    >
      <div
        className="present-stage"
        style={{
          width: STAGE.width * scale,
          height: STAGE.height * scale,
          transform: "translate(-50%, -50%)",
          ["--stage-scale" as string]: String(scale),
        }}
      >
        <section
          className={`present-slide${frameText ? ` present-slide--${page.kind}` : ""}`}
          aria-roledescription={t("present.slideRole")}
          aria-label={t("present.slideLabel", { number, count, title })}
        >
          <header className="present-slide__header">
            <h2 className="present-slide__title">{title}</h2>
            {text ? <p className="present-slide__filters">{text.subtitle}</p> : null}
          </header>
          {slide && filters ? (
            <div className="present-slide__chart" data-view={slide.view} ref={setChartArea}>
              <ChartDisplayContext.Provider value={display}>
                <ChartTypeContext.Provider value={type}>
                  <ChartHeightContext.Provider value={chartHeight}>
                    <ChartActionsContext.Provider value={noteActions}>
                      <PanelBoundary what={t("panel.slideChart")} resetKey={number}>
                        {renderChart(slide.view, filters, new URLSearchParams(slide.query))}
                      </PanelBoundary>
                    </ChartActionsContext.Provider>
                  </ChartHeightContext.Provider>
                </ChartTypeContext.Provider>
              </ChartDisplayContext.Provider>
            </div>
          ) : (
            <ul className="present-slide__lines">
              {frameText?.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <footer className="present-slide__footer">
            {text && note ? <p className="present-slide__note">{note}</p> : null}
            <p className="present-slide__source">
              <span>{text?.source ?? frameText?.footer}</span>
              <span className="present-slide__number" data-testid="slide-number">
                {number} / {count}
              </span>
            </p>
          </footer>
        </section>
      </div>
      <div className="present-controls">
        <button
          type="button"
          onClick={() => onGo(number - 1)}
          disabled={number <= 1}
          aria-label={t("present.previous")}
        >
          ‹
        </button>
        <span aria-hidden="true">
          {number} / {count}
        </span>
        <button
          type="button"
          onClick={() => onGo(number + 1)}
          disabled={number >= count}
          aria-label={t("present.next")}
        >
          ›
        </button>
        <button type="button" onClick={onLeave}>
          {t("present.exit")} <kbd>Esc</kbd>
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {t("present.slideLabel", { number, count, title })}
      </p>
    </dialog>
  );
}
