import { clip, INPUT_LIMITS } from "../schema/input-limits";
import { markBidiControls } from "../schema/text-hygiene";

/**
 * Why a value of a link was not used, as a code: the UI words it from the catalog in the reader's
 * language (src/components/url-notice-text.ts), so rewording a notice never loses its translation.
 * A type, not a list: the record of words there must cover it, and is the list.
 */
export type UrlIssueCode =
  /** Not four digits (`year=23`). */
  | "yearFormat"
  /** Compare's year not four digits: its default is shown instead (`fallback`). */
  | "yearFormatShowing"
  /** Compare's year has no report loaded: its default is shown instead (`fallback`). */
  | "noReport"
  | "sdg"
  | "sector"
  | "line"
  /** Well formed but absent from the loaded data (`sector=ITU-X`). */
  | "notInData"
  /** Longer than a value can be: not read. */
  | "tooLong"
  /** Past the number of values read from one list; `count` says how many. */
  | "tooMany"
  /** The search text was cut to its first characters. */
  | "textCut"
  /** `sort` or `hide` names no column of the table (`expected` lists them). */
  | "column"
  | "theme"
  | "language"
  /** An on/off option (`title`, `legend`, `pattern`, `share`) that is neither. */
  | "flag"
  | "trendBy"
  | "background"
  /** `activity` names no activity of the loaded data. */
  | "activity"
  /** A deck slide that names no chart (`expected` lists them). */
  | "slideView"
  /** A deck slide part that is not `key.value`. */
  | "slidePair"
  /** The deck is longer than it may be; the rest was not read. */
  | "deckTooLong"
  /** The deck has more slides (`value`) than are shown. */
  | "deckTooManySlides"
  /** The deck saved in this browser could not be read. */
  | "savedDeckCorrupt";

/** One value of a link that was dropped (or replaced), so the page can say so instead of silently showing something else. */
export interface UrlIssue {
  code: UrlIssueCode;
  /** The query-string key the value came from ("sdg", "theme", "deck"); "" for a deck's own parts. */
  param: string;
  /** The value as written, already cut to what a notice may quote. */
  value: string;
  /** When set, this entry stands for that many values that are not listed one by one. */
  count?: number;
  /** The deck slide (1-based) the value was written in. */
  slide?: number;
  /** What is shown instead, when something is. */
  fallback?: string;
  /** The values that would have been understood, when they depend on the page. */
  expected?: string;
}

type IssueDetails = Pick<UrlIssue, "count" | "slide" | "fallback" | "expected">;

/**
 * An issue whose value is cut to what a notice quotes, so that a 100 kB value never travels further, and
 * whose bidi controls are marked, so that the quote cannot reorder itself into another value.
 */
export function urlIssue(
  code: UrlIssueCode,
  param: string,
  value: string,
  details: IssueDetails = {},
): UrlIssue {
  return { code, param, value: markBidiControls(clip(value, INPUT_LIMITS.echoedValueLength)), ...details };
}
