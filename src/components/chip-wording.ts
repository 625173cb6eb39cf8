import type { TFunction } from "i18next";
import type { FilterChipWording } from "../domain/describe-filters";

/** Filter chips (and image captions) in the active language. */
export function chipWording(t: TFunction): FilterChipWording {
  return {
    year: (year) => t("filters.chip.year", { year }),
    sector: (code) => t("filters.chip.sector", { code }),
    line: (code, title) => (title ? lineChip(t("filters.chip.line", { code, title }), code, title) : code),
    sdg: (number, name) => (name ? t("sdg.named", { number, name }) : t("sdg.short", { number })),
    text: (text) => t("filters.chip.text", { text }),
  };
}

const FIRST_STRONG_ISOLATE = "\u2068";
const LATIN = /[A-Za-z]/;

/**
 * In a right-to-left language an action line whose title is still English ("C2: Information and
 * communication infrastructure") is one English phrase: set apart left to right as a whole, rather than
 * code and title isolated apart, which would put the code after the title.
 */
function lineChip(translated: string, code: string, title: string): string {
  if (!translated.includes(FIRST_STRONG_ISOLATE) || !LATIN.test(title)) return translated;
  return `\u2066${code}: ${title}\u2069`;
}
