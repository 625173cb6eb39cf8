import { chipWording } from "../../components/chip-wording";
import type { FilterState } from "../../domain/filter-state";
import { i18n } from "../../i18n/i18n";
import { directionOf, parseLanguage } from "../../i18n/languages";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import { describeFilters } from "../../domain/describe-filters";
import type { ImageCaption } from "./compose-image";
import "../../i18n/english/share";

/**
 * The words under and over an exported image: which filters applied, and where the numbers come from,
 * in the UI's active language (images, CSV captions and slides follow the language of the page).
 */
export function shareCaption(
  filters: FilterState,
  reference: Reference,
  reports: readonly Report[],
): Omit<ImageCaption, "title" | "link"> {
  const t = i18n.t;
  const chips = describeFilters(filters, reference, chipWording(t)).map((chip) => chip.label);
  const years = reports.map((report) => report.meta.year);
  const span = years.length === 0 ? "" : `, ${Math.min(...years)}–${Math.max(...years)}`;
  const compiled = reports.some((report) => report.meta.kind === "compiled")
    ? t("share.captionCompiled")
    : "";
  const language = parseLanguage(i18n.language);
  return {
    filters:
      chips.length > 0 ? t("share.captionFilters", { filters: chips.join(" · ") }) : t("share.captionAll"),
    source: t("share.captionSource", { span, compiled }),
    ...(language && directionOf(language) === "rtl" ? { rtl: true } : {}),
  };
}
