import type { FilterState, ListFilterKey } from "./filter-state";
import type { Reference } from "../schema/reference";

export interface FilterChip {
  key: ListFilterKey | "q";
  value: string | number;
  label: string;
}

/** Every active filter in words, in URL order: the chips, and later the captions of exported images. */
export function describeFilters(filters: FilterState, reference: Reference): FilterChip[] {
  const sdgName = (number: number) => reference.sdgs.find((sdg) => sdg.number === number)?.shortName;
  const lineTitle = (code: string) => reference.actionLines.find((line) => line.code === code)?.title;
  return [
    ...filters.years.map((year) => ({ key: "years" as const, value: year, label: `Year ${year}` })),
    ...filters.sectors.map((code) => ({ key: "sectors" as const, value: code, label: `Sector ${code}` })),
    ...filters.lines.map((code) => ({
      key: "lines" as const,
      value: code,
      label: `${code}${lineTitle(code) ? `: ${lineTitle(code)}` : ""}`,
    })),
    ...filters.sdgs.map((number) => ({
      key: "sdgs" as const,
      value: number,
      label: `SDG ${number}${sdgName(number) ? `: ${sdgName(number)}` : ""}`,
    })),
    ...(filters.q.trim()
      ? [{ key: "q" as const, value: filters.q, label: `Text “${filters.q.trim()}”` }]
      : []),
  ];
}
