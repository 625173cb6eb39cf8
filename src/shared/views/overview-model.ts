import type { TFunction } from "i18next";
import { i18n } from "../../i18n/i18n";
import { MAIN_LINE_CODES } from "../../domain/action-line-codes";
import { yearSpan } from "../../domain/aggregate";
import { NO_SECTOR } from "../../domain/count-by";
import type { FacetSummary } from "../../domain/facet-summary";
import type { FilterState } from "../../domain/filter-state";
import type { Reference } from "../../schema/reference";
import type { CountRow } from "./chart-rows";
import type { TrendBy } from "../../url-state/trend-params";
import { lineColor } from "./line-colors";
import { sectorColor } from "./sector-colors";
import type { StackSeries } from "./stacked.option";

/** The chart-ready numbers of the overview, derived from the filtered activities' counts in one place. */
export function buildOverviewModel(
  summary: FacetSummary,
  reference: Reference,
  reportYears: readonly number[],
  filters: FilterState,
  t: TFunction = i18n.getFixedT("en"),
) {
  const NO_SECTOR_LABEL = t("overview.noSectorLabel");
  const sectorCodes = [...reference.sectors.map((sector) => sector.code), NO_SECTOR];
  const sectorName = (code: string) => (code === NO_SECTOR ? NO_SECTOR_LABEL : code);
  const lineTitle = (code: string) => reference.actionLines.find((line) => line.code === code)?.title ?? code;

  const { bySector, bySdg, byYearAndSector } = summary;
  const sectors: CountRow[] = sectorCodes.map((code, index) => ({
    value: code,
    label: code === NO_SECTOR ? NO_SECTOR_LABEL : `${code} · ${reference.sectors[index]?.name ?? ""}`,
    count: bySector.get(code) ?? 0,
    color: sectorColor(code, index),
    selected: filters.sectors.includes(code),
  }));

  const sdgs: CountRow[] = reference.sdgs.map((sdg) => ({
    value: String(sdg.number),
    label: `${sdg.number} ${sdg.shortName}`,
    count: bySdg.get(sdg.number) ?? 0,
    color: sdg.color,
    selected: filters.sdgs.includes(sdg.number),
  }));

  const byLine = summary.byMainLine;
  const byLineAndSector = summary.byMainLineAndSector;
  const lineCategories = MAIN_LINE_CODES.map((code) => ({
    value: code,
    label: `${code} ${lineTitle(code)}`,
    selected: filters.lines.includes(code),
  }));
  const lineSeries: StackSeries[] = sectorCodes.map((code, index) => ({
    name: sectorName(code),
    color: sectorColor(code, index),
    values: MAIN_LINE_CODES.map((line) => byLineAndSector.get(`${line}|${code}`) ?? 0),
  }));

  const years = yearSpan(reportYears);
  const trendCategories = years.map((year) => ({
    value: String(year),
    label: reportYears.includes(year) ? String(year) : t("overview.noReportYear", { year }),
    selected: filters.years.includes(year),
  }));
  // Years without a report are gaps (null), not zeros.
  const perYear = (counts: ReadonlyMap<string, number>, key: string) =>
    years.map((year) => (reportYears.includes(year) ? (counts.get(`${year}|${key}`) ?? 0) : null));
  const trendSeries: StackSeries[] = sectorCodes.map((code, index) => ({
    name: sectorName(code),
    color: sectorColor(code, index),
    values: perYear(byYearAndSector, code),
  }));
  const trendSeriesBy: Record<TrendBy, StackSeries[]> = {
    sector: trendSeries,
    line: MAIN_LINE_CODES.map((code) => ({
      name: code,
      color: lineColor(code),
      values: perYear(summary.byYearAndMainLine, code),
    })),
    sdg: reference.sdgs.map((sdg) => ({
      name: t("sdg.short", { number: sdg.number }),
      color: sdg.color,
      values: perYear(summary.byYearAndSdg, String(sdg.number)),
    })),
  };

  return {
    sectors,
    sdgs,
    lines: {
      categories: lineCategories,
      series: lineSeries,
      totals: MAIN_LINE_CODES.map((code) => byLine.get(code) ?? 0),
    },
    crossCuttingCount: summary.crossCutting,
    withoutSdgCount: summary.withoutSdg,
    matrix: {
      lines: MAIN_LINE_CODES.map((code) => ({ code, title: lineTitle(code) })),
      sdgs: reference.sdgs,
      counts: summary.byMainLineAndSdg,
    },
    trend: { categories: trendCategories, series: trendSeries, seriesBy: trendSeriesBy },
  };
}

export type OverviewModel = ReturnType<typeof buildOverviewModel>;
