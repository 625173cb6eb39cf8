import { DECK_VIEW_IDS, type DeckViewId } from "../domain/views";
import { INPUT_LIMITS } from "../schema/input-limits";
import { capNotices } from "./cap-notices";
import { parseFilterParams, serializeFilterParams, type DroppedParam } from "./filter-params";
import { parseTrendParams, serializeTrendParams } from "./trend-params";
import { urlIssue, type UrlIssue } from "./url-issue";

/**
 * A slide deck in the URL: `#/present?deck=sdgs!sdg.5,9!year.2023~trend~matrix!sector.ITU-D&slide=2`.
 *
 * - slides are separated by `~`;
 * - a slide is a view name, then `!key.value` pairs: the filter parameters of the view (lists written
 *   with `,`) and an optional `title`, `subtitle` and `notes` (the speaker notes);
 * - inside a value, `%`, `!` and `~` are percent-escaped (`%25`, `%21`, `%7E`).
 *
 * Only characters that the hash keeps as they are, so a deck link stays readable. Parsing is lenient:
 * a bad slide or pair is dropped with a notice, never an exception. Part of the public URL contract.
 */
export const DECK_PARAM = "deck";
/** 1-based index of the slide on screen; present only while the slideshow runs. */
export const SLIDE_PARAM = "slide";

/** The charts a slide can show (src/domain/views.ts says which). */
export const DECK_VIEWS = DECK_VIEW_IDS;
export type DeckView = DeckViewId;

export interface Slide {
  view: DeckView;
  /** The view's filters as a canonical query string, e.g. "sdg=5~9&year=2023" ("" for all activities). */
  query: string;
  title?: string;
  /** Shown under the title instead of the filters line. */
  subtitle?: string;
  /** The presenter's own speaker notes, written before the slide's generated notes. */
  notes?: string;
}

export interface ParsedDeck {
  slides: Slide[];
  /** Why parts of the deck were left out: a few one by one, then one entry counting the rest. */
  notices: UrlIssue[];
}

export const MAX_SLIDES = 60;
export const MAX_TITLE_LENGTH = 120;
export const MAX_NOTES_LENGTH = 1000;
const SLIDE_SEPARATOR = "~";
const PAIR_SEPARATOR = "!";
/** The slide's own words, in the order they are written after the filters. */
const TEXT_FIELDS = ["title", "subtitle", "notes"] as const;
export type SlideTextField = (typeof TEXT_FIELDS)[number];
const isTextField = (key: string): key is SlideTextField => (TEXT_FIELDS as readonly string[]).includes(key);

export function isDeckView(value: string): value is DeckView {
  return (DECK_VIEWS as readonly string[]).includes(value);
}

/** Trimmed and shortened; an empty title means "use the chart's own". */
export function normalizeTitle(title: string | undefined): string | undefined {
  const trimmed = (title ?? "").trim().slice(0, MAX_TITLE_LENGTH).trim();
  return trimmed === "" ? undefined : trimmed;
}

/** Speaker notes keep their line breaks (trailing spaces trimmed) and are cut at MAX_NOTES_LENGTH. */
export function normalizeNotes(notes: string | undefined): string | undefined {
  const trimmed = (notes ?? "").replace(/\r\n?/g, "\n").trim().slice(0, MAX_NOTES_LENGTH).trim();
  return trimmed === "" ? undefined : trimmed;
}

const normalizeField = (field: SlideTextField, value: string | undefined) =>
  field === "notes" ? normalizeNotes(value) : normalizeTitle(value);

/** The slide with one of its own words changed; empty words are left out, as if never written. */
export function withSlideText(slide: Slide, field: SlideTextField, value: string): Slide {
  const normalized = normalizeField(field, value);
  const kept = Object.entries(slide).filter(([key]) => key !== field);
  return {
    ...(Object.fromEntries(kept) as unknown as Slide),
    ...(normalized ? { [field]: normalized } : {}),
  };
}

/** "~" and "," stay readable, as in every other link of the dashboard. */
const encodeQueryValue = (value: string) =>
  encodeURIComponent(value).replace(/%7E/gi, "~").replace(/%2C/gi, ",");

/**
 * Only the filter parameters and how the chart is drawn (trend-params), validated and in a fixed order,
 * so equal slides have equal queries.
 */
export function canonicalSlideQuery(params: URLSearchParams): { query: string; dropped: DroppedParam[] } {
  const { filters, dropped } = parseFilterParams(params);
  const query = [
    ...serializeFilterParams(filters),
    ...serializeTrendParams(parseTrendParams(params, dropped)),
  ]
    .map(([key, value]) => `${key}=${encodeQueryValue(value)}`)
    .join("&");
  return { query, dropped };
}

const escapeValue = (value: string) =>
  value.replace(/[%!~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

function unescapeValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // a hand-typed "%" that escapes nothing: keep it as written
  }
}

function serializeSlide(slide: Slide): string {
  const pairs = [...new URLSearchParams(slide.query)].map(([key, value]) =>
    key === "q" ? [key, escapeValue(value)] : [key, escapeValue(value.replace(/~/g, ","))],
  );
  for (const field of TEXT_FIELDS) {
    const value = normalizeField(field, slide[field]);
    if (value) pairs.push([field, escapeValue(value)]);
  }
  return [slide.view, ...pairs.map(([key, value]) => `${key}.${value}`)].join(PAIR_SEPARATOR);
}

export function serializeDeck(slides: readonly Slide[]): string {
  return slides.map(serializeSlide).join(SLIDE_SEPARATOR);
}

function parseSlide(raw: string, slide: number, notices: UrlIssue[]): Slide | undefined {
  const [rawView = "", ...rawPairs] = raw.split(PAIR_SEPARATOR);
  const view = rawView.trim().toLowerCase();
  if (!isDeckView(view)) {
    notices.push(urlIssue("slideView", "", rawView, { slide, expected: DECK_VIEWS.join(", ") }));
    return undefined;
  }
  const params = new URLSearchParams();
  const words = new Map<SlideTextField, string>();
  for (const pair of rawPairs) {
    const match = /^([a-z]+)\.(.*)$/is.exec(pair);
    if (!match) {
      if (pair.trim() !== "") notices.push(urlIssue("slidePair", "", pair, { slide }));
      continue;
    }
    const key = (match[1] ?? "").toLowerCase();
    const value = unescapeValue(match[2] ?? "");
    if (isTextField(key)) {
      const normalized = normalizeField(key, value);
      if (normalized) words.set(key, normalized);
      else words.delete(key);
    } else params.append(key, value);
  }
  const { query, dropped } = canonicalSlideQuery(params);
  for (const item of dropped) notices.push({ ...item, slide });
  return { view, query, ...Object.fromEntries(words) };
}

/** The first few notices and one entry counting the rest, so that a hostile link cannot flood the page. */
function summarizeNotices(notices: readonly UrlIssue[]): UrlIssue[] {
  const { shown, more } = capNotices(notices);
  return more > 0 ? [...shown, urlIssue("tooMany", DECK_PARAM, "", { count: more })] : shown;
}

/** Lenient: whatever the string, a deck (maybe empty) and why anything was left out. */
export function parseDeck(raw: string | null): ParsedDeck {
  const notices: UrlIssue[] = [];
  let text = raw ?? "";
  if (text.length > INPUT_LIMITS.deckLength) {
    notices.push(urlIssue("deckTooLong", DECK_PARAM, ""));
    text = text.slice(0, INPUT_LIMITS.deckLength);
  }
  const parts = text.split(SLIDE_SEPARATOR).filter((part) => part.trim() !== "");
  if (parts.length > MAX_SLIDES)
    notices.push(urlIssue("deckTooManySlides", DECK_PARAM, String(parts.length)));
  const slides = parts
    .slice(0, MAX_SLIDES)
    .flatMap((part, index) => parseSlide(part, index + 1, notices) ?? []);
  return { slides, notices: summarizeNotices(notices) };
}

/** The slide on screen (1-based), or null when the editor shows; out-of-range numbers are clamped. */
export function parseSlideNumber(params: URLSearchParams, slideCount: number): number | null {
  const raw = params.get(SLIDE_PARAM);
  if (raw === null || slideCount === 0) return null;
  const number = Number.parseInt(raw, 10);
  if (!Number.isFinite(number)) return 1;
  return Math.min(Math.max(number, 1), slideCount);
}

/** The URL parameters of a deck (none for an empty deck) and, while presenting, of the slide shown. */
export function deckEntries(
  slides: readonly Slide[],
  slideNumber: number | null = null,
): Array<[string, string]> {
  const entries: Array<[string, string]> = slides.length > 0 ? [[DECK_PARAM, serializeDeck(slides)]] : [];
  if (slideNumber !== null && slides.length > 0) entries.push([SLIDE_PARAM, String(slideNumber)]);
  return entries;
}
