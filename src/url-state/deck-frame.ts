import { MAX_TITLE_LENGTH, normalizeTitle } from "./deck-params";

/**
 * The deck's opening and closing slides, next to `deck` in the URL (public contract):
 * `cover=<deck title>` adds a title slide (an empty value: the dashboard's name), `date=<text>` the date
 * it shows, as written; `sources=1` adds a closing slide with the report years and sources used.
 * Links without them open as before: no title slide, no sources slide.
 */
export const COVER_PARAM = "cover";
export const DATE_PARAM = "date";
export const SOURCES_PARAM = "sources";

export interface DeckFrame {
  cover?: { title?: string; date?: string };
  sources: boolean;
}

export const NO_FRAME: DeckFrame = { sources: false };

export function parseDeckFrame(params: URLSearchParams): DeckFrame {
  const sources = params.get(SOURCES_PARAM) === "1";
  if (!params.has(COVER_PARAM)) return { sources };
  const title = normalizeTitle(params.get(COVER_PARAM) ?? undefined);
  const date = normalizeTitle(params.get(DATE_PARAM)?.slice(0, MAX_TITLE_LENGTH) ?? undefined);
  return { cover: { ...(title ? { title } : {}), ...(date ? { date } : {}) }, sources };
}

export function deckFrameEntries(frame: DeckFrame): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  if (frame.cover) {
    entries.push([COVER_PARAM, frame.cover.title ?? ""]);
    if (frame.cover.date) entries.push([DATE_PARAM, frame.cover.date]);
  }
  if (frame.sources) entries.push([SOURCES_PARAM, "1"]);
  return entries;
}

/** What the slideshow and the .pptx show, in order: the title slide, the charts, the sources. */
export type DeckPage<S> =
  { kind: "cover" } | { kind: "chart"; slide: S; index: number } | { kind: "sources" };

export function deckPages<S>(slides: readonly S[], frame: DeckFrame): Array<DeckPage<S>> {
  if (slides.length === 0) return [];
  return [
    ...(frame.cover ? [{ kind: "cover" as const }] : []),
    ...slides.map((slide, index) => ({ kind: "chart" as const, slide, index })),
    ...(frame.sources ? [{ kind: "sources" as const }] : []),
  ];
}
