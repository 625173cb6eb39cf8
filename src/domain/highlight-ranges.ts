import { normalizeSearchText, searchTermsOf, typosForgiven, wordsOf } from "./search-text";

/** A stretch of a text: [start, end) in UTF-16 units, as String.slice takes them. */
export type TextRange = readonly [number, number];

/** True when `a` and `b` differ by at most one insertion, deletion or substitution. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** What may stand between the two halves of a split word: spaces or one hyphen. */
const WORD_JOINT = /^(\s+|[-‐])$/;

/** Whether a folded word of the text is one the search matched the query word to. */
function wordMatches(word: string, query: string): boolean {
  if (word.startsWith(query)) return true;
  if (query.length >= 3 && word.includes(query)) return true;
  return typosForgiven(query) > 0 && withinOneEdit(word, query);
}

/**
 * The words of `text` to highlight for `query`: those the search matched (a prefix, a typo, the term
 * inside the word), and both halves of a split form ("cyber security" for "cybersecurity").
 */
export function highlightRanges(text: string, query: string): TextRange[] {
  const queryWords = searchTermsOf(query).flatMap((term) => [...wordsOf(term), wordsOf(term).join("")]);
  if (queryWords.length === 0) return [];
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: normalizeSearchText(match[0]),
  }));
  const marked = words.map(({ folded }) => queryWords.some((query) => wordMatches(folded, query)));
  words.forEach((word, index) => {
    const next = words[index + 1];
    if (!next || !WORD_JOINT.test(text.slice(word.end, next.start))) return;
    const joined = `${word.folded}${next.folded}`;
    if (queryWords.some((query) => query.length >= 6 && (joined === query || withinOneEdit(joined, query)))) {
      marked[index] = true;
      marked[index + 1] = true;
    }
  });
  const ranges: [number, number][] = [];
  words.forEach((word, index) => {
    if (!marked[index]) return;
    const last = ranges.at(-1);
    // Neighbouring marked words separated by a space or hyphen become one mark.
    if (last && marked[index - 1] && WORD_JOINT.test(text.slice(last[1], word.start))) last[1] = word.end;
    else ranges.push([word.start, word.end]);
  });
  return ranges;
}
