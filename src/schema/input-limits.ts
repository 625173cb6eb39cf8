/**
 * Every cap on what a link, a file or this browser's storage can hand the dashboard, in one place (the
 * README's "Limits" table lists the same). Each is applied before the work it bounds, so that no input
 * costs more than it is worth to reject.
 */
export const INPUT_LIMITS = {
  /** Characters of a web address (sources, ?dataset=). */
  urlLength: 2048,
  /** Values read from one list parameter of a link (sdg=, year=, …); the rest are counted, not parsed. */
  listValues: 200,
  /** Characters of one value of a link that are looked at. */
  paramValueLength: 200,
  /** Characters of a whole parameter read from a link; a longer one is cut before it is split. */
  paramLength: 20_000,
  /** Notices listed one by one; further ones are summed up in one line ("… and 59,990 more"). */
  listedNotices: 10,
  /** Characters of a value quoted back in a notice. */
  echoedValueLength: 60,
  /** Characters of a deck parameter that are parsed. */
  deckLength: 100_000,
  /** Decks kept in this browser ("My decks"). */
  savedDecks: 50,
  /** Characters of a deck's name. */
  deckNameLength: 80,
  /** Characters of a file name or address shown as a dataset's label. */
  labelLength: 120,
  /** Seconds a ?dataset= download may take, answer and body, before it is given up. */
  datasetFetchSeconds: 30,
  /** Characters of an activity title. */
  titleLength: 100_000,
} as const;

/** "abc…" when longer than `max` characters; whole code points, so no half emoji. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return `${last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut}…`;
}
