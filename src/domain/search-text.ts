/** Folds case and accents so that "e-sante" finds "e-santé". */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/** The words of a free-text query, folded like the text they are looked for in. */
export function searchTermsOf(query: string): string[] {
  return normalizeSearchText(query).split(/\s+/).filter(Boolean);
}

/** Per matching activity (its position in the searched list): how well it matches, higher first. */
export type TextScores = ReadonlyMap<number, number>;

/** The words of a text once folded: letters and digits, whatever separates them. */
export function wordsOf(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** One typo forgiven in words of five letters or more; shorter words would match too much. */
export const typosForgiven = (word: string): number => (word.length >= 5 ? 1 : 0);
