import { chipWording } from "../../components/chip-wording";
import type { FilterState } from "../../domain/filter-state";
import { i18n } from "../../i18n/i18n";
import { directionOf, parseLanguage } from "../../i18n/languages";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import { describeFilters, type FilterChip } from "../../domain/describe-filters";
import type { ImageCaption } from "./compose-image";

/**
 * The words under and over an exported image: which filters applied, and where the numbers come from,
 * in the UI's active language (images, CSV captions and slides follow the language of the page).
 */
export function shareCaption(
  filters: FilterState,
  reference: Reference,
  reports: readonly Report[],
  view?: string,
): Omit<ImageCaption, "title" | "link"> {
  const t = i18n.t;
  const described = describeFilters(filters, reference, chipWording(t));
  const chips = described.map((chip) => chip.label);
  const reading = view ? crossFilterReading(view, described) : undefined;
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
    ...(reading ? { reading } : {}),
    ...(language && directionOf(language) === "rtl" ? { rtl: true } : {}),
  };
}

// The charts whose categories are a filter dimension: filtering on that dimension ("SDG 5" on the chart by
// SDG) still shows every category, which a slide must say in words.
const READINGS: Partial<
  Record<
    string,
    {
      keys: readonly FilterChip["key"][];
      wording: "share.readingSdgs" | "share.readingSectors" | "share.readingLines" | "share.readingMatrix";
    }
  >
> = {
  sdgs: { keys: ["sdgs"], wording: "share.readingSdgs" },
  sectors: { keys: ["sectors"], wording: "share.readingSectors" },
  "action-lines": { keys: ["lines"], wording: "share.readingLines" },
  matrix: { keys: ["lines", "sdgs"], wording: "share.readingMatrix" },
};

/** "Activities linked to SDG 5: Gender equality, by the SDGs they are linked to · Year 2023", or nothing. */
export function crossFilterReading(view: string, chips: readonly FilterChip[]): string | undefined {
  const reading = READINGS[view];
  if (!reading) return undefined;
  const crossing = chips.filter((chip) => reading.keys.includes(chip.key));
  if (crossing.length === 0) return undefined;
  const others = chips.filter((chip) => !reading.keys.includes(chip.key)).map((chip) => chip.label);
  return [i18n.t(reading.wording, { list: crossing.map((chip) => chip.label).join(", ") }), ...others].join(
    " · ",
  );
}
