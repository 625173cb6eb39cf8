import type { TFunction } from "i18next";
import { chartLocaleOf } from "../../components/chart/chart-locale";
import type { ActivityRecord } from "../../domain/activity-record";
import { buildFacetIndex, matchFilters } from "../../domain/facet-index";
import { summarizeMatches } from "../../domain/facet-summary";
import { EMPTY_FILTERS, type FilterState } from "../../domain/filter-state";
import type { Language } from "../../i18n/languages";
import type { Reference } from "../../schema/reference";
import { buildBarOption } from "../overview/bar.option";
import { describeRanking } from "../overview/describe-chart";
import { buildMatrixOption } from "../overview/matrix.option";
import { buildOverviewModel } from "../overview/overview-model";
import { buildStackedOption } from "../overview/stacked.option";
import type { DocBlock } from "./document-blocks";
import "../../i18n/english/document";

export type DocumentChartName = "sectors" | "sdgs" | "action-lines" | "matrix" | "trend";

export const DOCUMENT_CHARTS: readonly DocumentChartName[] = [
  "sectors",
  "sdgs",
  "action-lines",
  "matrix",
  "trend",
];

/** A chart of the document: its option at print size, with the words the card shows around it. */
export interface DocumentChart {
  title: string;
  note: string;
  chart: Extract<DocBlock, { kind: "chart" }>;
}

/**
 * The overview's charts for the activities in view, built by the same option builders and worded like
 * the cards (title, counting note, accessible description), at a width that reads well on an A4 page.
 */
export function buildDocumentCharts(
  names: readonly DocumentChartName[],
  activities: readonly ActivityRecord[],
  reference: Reference,
  reportYears: readonly number[],
  filters: FilterState,
  language: Language,
  t: TFunction,
): DocumentChart[] {
  const locale = chartLocaleOf(language, t);
  const index = buildFacetIndex(activities);
  const summary = summarizeMatches(index, matchFilters(index, EMPTY_FILTERS));
  const model = buildOverviewModel(summary, reference, reportYears, filters, t);
  const axis = t("overview.activitiesAxis");
  const chart = (
    title: string,
    option: DocumentChart["chart"]["option"],
    width: number,
    height: number,
    description: string,
  ) => ({
    kind: "chart" as const,
    option,
    width,
    height,
    alt: { title, description },
  });
  const build: Record<DocumentChartName, () => DocumentChart> = {
    sectors: () => {
      const title = t("overview.charts.sectors");
      const height = Math.max(160, model.sectors.length * 30 + 48);
      return {
        title,
        note: "",
        chart: chart(
          title,
          buildBarOption(model.sectors, axis, locale),
          640,
          height,
          describeRanking(model.sectors, t),
        ),
      };
    },
    sdgs: () => {
      const title = t("overview.charts.sdgs");
      const height = Math.max(160, model.sdgs.length * 30 + 48);
      return {
        title,
        note: t("overview.charts.sdgsNote", { total: summary.total, without: model.withoutSdgCount }),
        chart: chart(
          title,
          buildBarOption(model.sdgs, axis, locale),
          640,
          height,
          describeRanking(model.sdgs, t),
        ),
      };
    },
    "action-lines": () => {
      const title = t("overview.charts.lines");
      const option = buildStackedOption({ ...model.lines, axisName: axis }, locale);
      const totals = model.lines.categories
        .map((category, position) => `${category.value} ${model.lines.totals[position] ?? 0}`)
        .join(", ");
      return {
        title,
        note: t("overview.charts.linesNote", { crossCutting: model.crossCuttingCount }),
        chart: chart(title, option, 720, 340, t("overview.charts.linesDescription", { totals })),
      };
    },
    matrix: () => {
      const title = t("overview.charts.matrix");
      const cells = [...model.matrix.counts].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1]);
      const pairs = cells.slice(0, 3).map(([key, count]) => {
        const [line = "", sdg = ""] = key.split("|");
        return t("overview.charts.matrixPair", { line, sdg, count });
      });
      const description =
        pairs.length > 0
          ? t("overview.charts.matrixBusiest", { pairs: pairs.join(", ") })
          : t("overview.charts.matrixNone");
      return {
        title,
        note: t("document.matrixNote"),
        chart: chart(title, buildMatrixOption(model.matrix, locale), 900, 420, description),
      };
    },
    trend: () => {
      const title = t("overview.charts.trend");
      const option = buildStackedOption({ ...model.trend, axisName: axis }, locale);
      const description = t("overview.charts.trendDescription", {
        from: model.trend.categories[0]?.value ?? "",
        to: model.trend.categories.at(-1)?.value ?? "",
      });
      return {
        title,
        note: t("overview.charts.trendNote"),
        chart: chart(title, option, 720, 340, description),
      };
    },
  };
  return names.map((name) => build[name]());
}
