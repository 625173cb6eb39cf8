import type { TFunction } from "i18next";
import { INPUT_LIMITS } from "../schema/input-limits";
import { MAX_SLIDES } from "../url-state/deck-params";
import { MAX_QUERY_LENGTH } from "../url-state/filter-params";
import type { UrlIssue, UrlIssueCode } from "../url-state/url-issue";

type Wording = (t: TFunction, issue: UrlIssue) => string;

/** A list of ids in a sentence of any direction: first-strong isolated, so "a, b" stays "a, b" in Arabic. */
const isolate = (text: string | undefined) => `\u2068${text ?? ""}\u2069`;

/**
 * The catalog's words for each code a URL parser (src/url-state) gives. A record over the closed union of
 * codes, with literal keys the type checker reads in en.json: a new code without words, or words without
 * an English text, does not compile.
 */
const REASONS: Record<UrlIssueCode, Wording> = {
  yearFormat: (t) => t("urlReason.yearFormat"),
  yearFormatShowing: (t, issue) => t("urlReason.yearFormatShowing", { fallback: issue.fallback }),
  noReport: (t, issue) => t("urlReason.noReport", { year: issue.value, fallback: issue.fallback }),
  sdg: (t) => t("urlReason.sdg"),
  sector: (t) => t("urlReason.sector"),
  line: (t) => t("urlReason.line"),
  notInData: (t) => t("urlReason.notInData"),
  tooLong: (t) => t("urlReason.tooLong"),
  tooMany: (t) => t("urlReason.tooMany"),
  textCut: (t) => t("urlReason.textCut", { max: MAX_QUERY_LENGTH }),
  column: (t, issue) => t("urlReason.column", { expected: isolate(issue.expected) }),
  theme: (t) => t("urlReason.theme"),
  language: (t) => t("urlReason.language"),
  flag: (t) => t("urlReason.flag"),
  trendBy: (t) => t("urlReason.trendBy"),
  background: (t) => t("urlReason.background"),
  activity: (t) => t("urlReason.activity"),
  slideView: (t, issue) => t("urlReason.slideView", { expected: isolate(issue.expected) }),
  slidePair: (t) => t("urlReason.slidePair"),
  deckTooLong: (t) => t("deckNotice.tooLong", { max: INPUT_LIMITS.deckLength }),
  deckTooManySlides: (t, issue) => t("deckNotice.tooMany", { count: Number(issue.value), max: MAX_SLIDES }),
  savedDeckCorrupt: (t) => t("deckNotice.corrupt"),
};

/** Every code, from the record that must word each one. */
export const URL_ISSUE_CODES = Object.keys(REASONS) as UrlIssueCode[];

/** Codes whose words are a whole sentence about the deck, not why a quoted value was left out. */
const SENTENCES: ReadonlySet<UrlIssueCode> = new Set([
  "deckTooLong",
  "deckTooManySlides",
  "savedDeckCorrupt",
]);

/** Why the value was not used, in the reader's language. */
export function urlIssueReason(issue: UrlIssue, t: TFunction): string {
  return REASONS[issue.code](t, issue);
}

/** True when the issue quotes no value: its reason is the whole notice. */
export function isSentenceIssue(issue: UrlIssue): boolean {
  return SENTENCES.has(issue.code);
}

/** What the notice quotes: `param=value`, or the deck part as written ("" for a sentence). */
export function quotedPart(issue: UrlIssue): string {
  if (isSentenceIssue(issue)) return "";
  return issue.param === "" ? issue.value : `${issue.param}=${issue.value}`;
}
