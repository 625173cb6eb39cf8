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
