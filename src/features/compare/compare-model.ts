import { MAIN_LINE_CODES, mainLineOf } from "../../domain/action-line-codes";
import type { ActivityRecord } from "../../domain/activity-record";
import { countByMainLine, yearSpan } from "../../domain/aggregate";
import { compareCounts, percentChange, type ChangeRow } from "../../domain/compare";
import { NO_SECTOR, countBy, countBySdg, countBySector, sectorOf } from "../../domain/count-by";
import type { FilterState } from "../../domain/filter-state";
import { i18n } from "../../i18n/i18n";
import type { Reference } from "../../schema/reference";

export const NO_LINE = "none";
// Labels in the UI's active language (the views re-render when it changes).
const noSectorLabel = () => i18n.t("compare.noSector");
const noLineLabel = () => i18n.t("compare.noLine");

/** A compared category, ready for the chart and its sortable table. */
export interface ChangeItem extends ChangeRow<string> {
  label: string;
  /** False for "no ITU unit named": it is not a value the sector filter can take. */
  filterable: boolean;
  selected: boolean;
}

export function sectorLabel(reference: Reference, code: string): string {
  if (code === NO_SECTOR) return noSectorLabel();
  const sector = reference.sectors.find((item) => item.code === code);
  return sector ? `${code} · ${sector.name}` : code;
}

export function lineLabel(reference: Reference, code: string): string {
  if (code === NO_LINE) return noLineLabel();
  const line = reference.actionLines.find((item) => item.code === code);
  return line ? `${code} ${line.title}` : code;
}

/** Counts of A against B for sector, main action line and SDG; every category keeps its row. */
export function buildChangeModel(
  activitiesA: readonly ActivityRecord[],
  activitiesB: readonly ActivityRecord[],
  reference: Reference,
  filters: FilterState,
) {
  const items = <K extends string | number>(
    rows: Array<ChangeRow<K>>,
    label: (category: K) => string,
    selected: readonly K[],
    filterable: (category: K) => boolean = () => true,
  ): ChangeItem[] =>
    rows.map((row) => ({
      ...row,
      category: String(row.category),
      label: label(row.category),
      filterable: filterable(row.category),
      selected: selected.includes(row.category),
    }));
  const sectorCodes = [...reference.sectors.map((sector) => sector.code), NO_SECTOR];
  const sdgNames = new Map(reference.sdgs.map((sdg) => [sdg.number, sdg.shortName]));
  return {
    total: {
      a: activitiesA.length,
      b: activitiesB.length,
      change: activitiesB.length - activitiesA.length,
      percentChange: percentChange(activitiesA.length, activitiesB.length),
    },
    sectors: items(
      compareCounts(countBySector(activitiesA), countBySector(activitiesB), sectorCodes),
      (code) => sectorLabel(reference, code),
      filters.sectors,
      (code) => code !== NO_SECTOR,
    ),
    lines: items(
      compareCounts(countByMainLine(activitiesA), countByMainLine(activitiesB), MAIN_LINE_CODES),
      (code) => lineLabel(reference, code),
      filters.lines,
    ),
    sdgs: items(
      compareCounts(
        countBySdg(activitiesA),
        countBySdg(activitiesB),
        reference.sdgs.map((sdg) => sdg.number),
      ),
      (sdg) => `${sdg} ${sdgNames.get(sdg) ?? ""}`.trim(),
      filters.sdgs,
    ),
  };
}

export type TrendDimension = "sector" | "line" | "sdg";

export interface TrendPanel {
  key: string;
  label: string;
  /** One value per year of the span; null where no report was loaded for the year (a gap, not a zero). */
  values: Array<number | null>;
  /** The panel's own colour where the category has an official one (the SDGs). */
  color?: string;
}

/** What each activity counts under, for one kind of small multiple. */
function trendKeysOf(dimension: TrendDimension): (activity: ActivityRecord) => string[] {
  if (dimension === "sector") return (activity) => [sectorOf(activity)];
  if (dimension === "sdg") return (activity) => activity.sdgs.map((link) => String(link.sdg));
  return (activity) =>
    activity.actionLines.length === 0 ? [NO_LINE] : activity.actionLines.map((link) => mainLineOf(link.code));
}

/**
 * One small multiple per sector, per main action line (plus cross-cutting work) or per SDG, over every
 * year.
 */
export function buildTrendPanels(
  activities: readonly ActivityRecord[],
  reportYears: readonly number[],
  reference: Reference,
  dimension: TrendDimension,
): { years: number[]; panels: TrendPanel[] } {
  const years = yearSpan(reportYears);
  const keysOf = trendKeysOf(dimension);
  const counts = countBy(activities, (activity) => keysOf(activity).map((key) => `${activity.year}|${key}`));
  const categories: Array<{ key: string; label: string; color?: string }> =
    dimension === "sector"
      ? [...reference.sectors.map((sector) => sector.code), NO_SECTOR].map((key) => ({
          key,
          label: key === NO_SECTOR ? noSectorLabel() : key,
        }))
      : dimension === "line"
        ? [...MAIN_LINE_CODES, NO_LINE].map((key) => ({ key, label: lineLabel(reference, key) }))
        : reference.sdgs.map((sdg) => ({
            key: String(sdg.number),
            label: `${sdg.number} ${sdg.shortName}`,
            color: sdg.color,
          }));
  return {
    years,
    panels: categories.map(({ key, label, color }) => ({
      key,
      label,
      values: years.map((year) => (reportYears.includes(year) ? (counts.get(`${year}|${key}`) ?? 0) : null)),
      ...(color ? { color } : {}),
    })),
  };
}
