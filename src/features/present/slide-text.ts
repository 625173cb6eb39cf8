import type { FilterState } from "../../domain/filter-state";
import { i18n } from "../../i18n/i18n";
import type { DeckView, Slide } from "../../url-state/deck-params";
import { parseFilterParams } from "../../url-state/filter-params";
import { formatHash } from "../../url-state/hash-location";

const TITLE_KEYS = {
  sectors: "overview.charts.sectors",
  "action-lines": "overview.charts.lines",
  sdgs: "overview.charts.sdgs",
  matrix: "overview.charts.matrix",
  trend: "overview.charts.trend",
} as const satisfies Record<DeckView, string>;

/**
 * Each chart's name in the deck editor and its own title (the title a slide shows unless renamed), in
 * the UI's active language: the slideshow and the exported .pptx speak the language of the page.
 */
export function deckViewText(view: DeckView): { name: string; title: string } {
  return { name: i18n.t(`present.view.${view}`), title: i18n.t(TITLE_KEYS[view]) };
}

export function slideTitle(slide: Slide): string {
  return slide.title ?? deckViewText(slide.view).title;
}

/** The full-dashboard URL of the slide's view (every chart lives on the overview). */
export function slideViewUrl(slide: Slide, base: string): string {
  return `${base}${formatHash("/", [...new URLSearchParams(slide.query)])}`;
}

/** The page's address without its hash: where links to other views start. */
export function dashboardBase(location: Pick<Location, "origin" | "pathname">): string {
  return `${location.origin}${location.pathname}`;
}

export interface SlideText {
  title: string;
  /** The line under the title: the slide's own subtitle, else what a cross-filter means, else the filters. */
  subtitle: string;
  /** "Filters: SDG 5: Gender equality · Year 2023", or "All activities". */
  filters: string;
  source: string;
  link: string;
  /** How the chart counts (its note), once the chart is drawn. */
  note?: string;
  /** The presenter's own speaker notes. */
  notes?: string;
}

/**
 * The speaker notes of an exported slide: the presenter's own notes first, then what the slide shows,
 * how the chart counts, where the numbers come from, and the live view.
 */
export function slideNotes(text: SlideText): string {
  const shown = [text.title, ...(text.subtitle !== text.filters ? [text.subtitle] : []), text.filters];
  return [
    ...(text.notes ? [text.notes, ""] : []),
    ...shown,
    ...(text.note ? [text.note] : []),
    text.source,
    "",
    i18n.t("present.notesOpen", { link: text.link }),
  ].join("\n");
}

/** The slide's filters, read as leniently as any URL (the deck parser already dropped bad values). */
export function slideFilters(slide: Slide): FilterState {
  return parseFilterParams(new URLSearchParams(slide.query)).filters;
}

/** Everything a slide says besides its chart, in the slideshow and in the exported file alike. */
export function describeSlide(slide: Slide, caption: SlideCaption, base: string): SlideText {
  const { filters, source, reading } = caption(slideFilters(slide), slide.view);
  return {
    title: slideTitle(slide),
    subtitle: slide.subtitle ?? reading ?? filters,
    filters,
    source,
    link: slideViewUrl(slide, base),
    ...(slide.notes ? { notes: slide.notes } : {}),
  };
}

/** The filters in words, the source line, and what a cross-filter means on this view (if it does). */
export type SlideCaption = (
  filters: FilterState,
  view: DeckView,
) => { filters: string; source: string; reading?: string };
