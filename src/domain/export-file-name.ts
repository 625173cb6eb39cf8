import type { FilterState } from "./filter-state";

function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}

/** "wsis-activities_year-2023_sdg-5-9.csv": the name says which filters applied. */
export function exportFileName(base: string, filters: FilterState, extension: string): string {
  const parts = [
    filters.years.length > 0 ? `year-${filters.years.join("-")}` : "",
    filters.sectors.length > 0 ? `sector-${filters.sectors.map(slug).join("-")}` : "",
    filters.lines.length > 0 ? `line-${filters.lines.map(slug).join("-")}` : "",
    filters.sdgs.length > 0 ? `sdg-${filters.sdgs.join("-")}` : "",
    filters.q.trim() ? `q-${slug(filters.q)}` : "",
  ].filter(Boolean);
  return `${[base, ...(parts.length > 0 ? parts : ["all"])].join("_")}.${extension}`;
}
