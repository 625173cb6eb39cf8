import type { FilterState } from "../../domain/filter-state";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import { describeFilters } from "../../domain/describe-filters";
import type { ImageCaption } from "./compose-image";

/** The words under and over an exported image: which filters applied, and where the numbers come from. */
export function shareCaption(
  filters: FilterState,
  reference: Reference,
  reports: readonly Report[],
): Omit<ImageCaption, "title" | "link"> {
  const chips = describeFilters(filters, reference).map((chip) => chip.label);
  const years = reports.map((report) => report.meta.year);
  const span = years.length === 0 ? "" : `, ${Math.min(...years)}–${Math.max(...years)}`;
  const compiled = reports.some((report) => report.meta.kind === "compiled")
    ? " (compiled from public ITU pages, by activity year)"
    : "";
  return {
    filters: chips.length > 0 ? `Filters: ${chips.join(" · ")}` : "All activities",
    source: `Source: ITU, report on ITU's contribution to the implementation of the WSIS outcomes${span}${compiled}`,
  };
}
