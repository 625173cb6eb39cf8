import type { FilterState, ListFilterKey } from "./filter-state";
import type { Reference } from "../schema/reference";

export interface FilterChip {
  key: ListFilterKey | "q";
  value: string | number;
  label: string;
}

/** How each kind of chip is worded; the UI passes its active language's wording. */
export interface FilterChipWording {
  year: (year: number) => string;
  sector: (code: string) => string;
  line: (code: string, title: string | undefined) => string;
  sdg: (number: number, name: string | undefined) => string;
  text: (text: string) => string;
}

export const ENGLISH_CHIP_WORDING: FilterChipWording = {
  year: (year) => `Year ${year}`,
  sector: (code) => `Sector ${code}`,
  line: (code, title) => `${code}${title ? `: ${title}` : ""}`,
  sdg: (number, name) => `SDG ${number}${name ? `: ${name}` : ""}`,
  text: (text) => `Text “${text}”`,
};

/** Every active filter in words, in URL order: the chips, and later the captions of exported images. */
export function describeFilters(
  filters: FilterState,
  reference: Reference,
  wording: FilterChipWording = ENGLISH_CHIP_WORDING,
): FilterChip[] {
  const sdgName = (number: number) => reference.sdgs.find((sdg) => sdg.number === number)?.shortName;
  const lineTitle = (code: string) => reference.actionLines.find((line) => line.code === code)?.title;
  return [
    ...filters.years.map((year) => ({ key: "years" as const, value: year, label: wording.year(year) })),
    ...filters.sectors.map((code) => ({ key: "sectors" as const, value: code, label: wording.sector(code) })),
    ...filters.lines.map((code) => ({
      key: "lines" as const,
      value: code,
      label: wording.line(code, lineTitle(code)),
    })),
    ...filters.sdgs.map((number) => ({
      key: "sdgs" as const,
      value: number,
      label: wording.sdg(number, sdgName(number)),
    })),
    ...(filters.q.trim()
      ? [{ key: "q" as const, value: filters.q, label: wording.text(filters.q.trim()) }]
      : []),
  ];
}
