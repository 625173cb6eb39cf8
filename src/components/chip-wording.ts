import type { TFunction } from "i18next";
import type { FilterChipWording } from "../domain/describe-filters";

/** Filter chips (and image captions) in the active language. */
export function chipWording(t: TFunction): FilterChipWording {
  return {
    year: (year) => t("filters.chip.year", { year }),
    sector: (code) => t("filters.chip.sector", { code }),
    line: (code, title) => (title ? t("filters.chip.line", { code, title }) : code),
    sdg: (number, name) => (name ? t("sdg.named", { number, name }) : t("sdg.short", { number })),
    text: (text) => t("filters.chip.text", { text }),
  };
}
