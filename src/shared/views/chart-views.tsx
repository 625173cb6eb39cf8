import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { chunkComponent } from "../../components/chunk-component";
import type { Bitset } from "../../domain/bitset";
import { NO_SECTOR } from "../../domain/count-by";
import type { FacetIndex } from "../../domain/facet-index";
import type { FacetSummary } from "../../domain/facet-summary";
import type { FilterState } from "../../domain/filter-state";
import { chartView, type ChartViewId } from "../../domain/views";
import type { Language } from "../../i18n/languages";
import { isEnglishFallback } from "../../i18n/official-names";
import type { Reference } from "../../schema/reference";
import type { TrendBy, TrendParams } from "../../url-state/trend-params";
import { BarCard } from "./BarCard";
import type { FilterToggles } from "./filter-toggles";
import type { OverviewModel } from "./overview-model";
import { subLineCounts } from "./sub-lines.rows";
import { TrendControls } from "./TrendControls";

// Chunks of their own, so that an embedded bar chart downloads neither.
const MatrixCard = chunkComponent(() => import("./MatrixCard").then((module) => module.MatrixCard));
const StackedCard = chunkComponent(() => import("./StackedCard").then((module) => module.StackedCard));

/** Brings in the cards that are chunks of their own, so that a prerender (and its hydration) has them all. */
export const preloadChartCards = () => Promise.all([MatrixCard.preload(), StackedCard.preload()]);

/** Everything a chart may draw from: the filtered activities' counts, and where a click on it goes. */
export interface ChartContext {
  model: OverviewModel;
  /** The counts the model is built from, and the matching activities, for charts that count more. */
  summary: FacetSummary;
  index: FacetIndex;
  matches: Bitset;
  reference: Reference;
  filters: FilterState;
  toggles: FilterToggles;
  total: number;
  reportYears: readonly number[];
  t: TFunction;
  language: Language;
  /** Main action lines whose names have no official translation in the active language (shown in English). */
  linesInEnglish: readonly string[];
  /** How the per-year chart is drawn (by=, share= in the URL). */
  trend: TrendParams;
  /** Where the reader may change it (the overview); embeds and slides follow their link. */
  onTrendChange?: (next: TrendParams) => void;
}

/** A chart of the registry: its numbers, selected from the context, and the card that draws them. */
export interface ChartViewEntry<Model> {
  select(context: ChartContext): Model;
  card(model: Model, context: ChartContext): ReactNode;
}

const entry = <Model,>(view: ChartViewEntry<Model>): ChartViewEntry<unknown> => view;

/** The chart's own title (src/domain/views.ts holds its key). */
export const chartTitle = (id: ChartViewId, t: TFunction): string => t(chartView(id).titleKey);

const TREND_TEXT = {
  sector: { title: "overview.charts.trend", description: "overview.charts.trendDescription" },
  line: { title: "overview.charts.trendByLine", description: "overview.charts.trendDescriptionLine" },
  sdg: { title: "overview.charts.trendBySdg", description: "overview.charts.trendDescriptionSdg" },
} as const satisfies Record<TrendBy, { title: string; description: string }>;

/** The chart's note, and which line names the chart shows in English because no official translation exists. */
function linesNote(text: string, { t, linesInEnglish }: ChartContext): ReactNode {
  if (linesInEnglish.length === 0) return text;
  return (
    <>
      {text}{" "}
      <span className="fallback-note">
        {t("overview.charts.linesFallback", { codes: linesInEnglish.join(", ") })}
      </span>
    </>
  );
}

/**
 * The React side of every chart of src/domain/views.ts, by its public view name: the overview shows them
 * all, an embed or a slide one.
 */
export const CHART_VIEWS = {
  sectors: entry({
    select: ({ model }) => model.sectors,
    card: (rows, { toggles, t }) => (
      <BarCard
        view="sectors"
        title={chartTitle("sectors", t)}
        rowHeader={t("filters.sector")}
        rows={rows}
        isFilterable={(row) => row.value !== NO_SECTOR}
        onToggle={toggles.sector}
      />
    ),
  }),
  sdgs: entry({
    select: ({ model }) => model.sdgs,
    card: (rows, { model, toggles, total, t }) => (
      <BarCard
        view="sdgs"
        title={chartTitle("sdgs", t)}
        rowHeader={t("sdg.axis")}
        note={t("overview.charts.sdgsNote", { total, without: model.withoutSdgCount })}
        rows={rows}
        onToggle={toggles.sdg}
      />
    ),
  }),
  "action-lines": entry({
    select: ({ model }) => model.lines,
    card: (lines, context) => (
      <StackedCard
        view="action-lines"
        title={chartTitle("action-lines", context.t)}
        rowHeader={context.t("filters.actionLine")}
        axisName={context.t("overview.activitiesAxis")}
        note={linesNote(
          context.t("overview.charts.linesNote", { crossCutting: context.model.crossCuttingCount }),
          context,
        )}
        description={context.t("overview.charts.linesDescription", {
          totals: lines.categories
            .map((category, index) => `${category.value} ${lines.totals[index] ?? 0}`)
            .join(", "),
        })}
        categories={lines.categories}
        series={lines.series}
        onToggle={context.toggles.line}
      />
    ),
  }),
  "sub-lines": entry({
    select: ({ index, matches, reference, filters }) => subLineCounts(index, matches, reference, filters),
    card: ({ rows, withoutSubLine }, { toggles, t, language }) => (
      <BarCard
        view="sub-lines"
        title={chartTitle("sub-lines", t)}
        rowHeader={t("overview.charts.subLine")}
        note={
          <>
            {t("overview.charts.subLinesNote", { without: withoutSubLine })}
            {rows.some((row) => isEnglishFallback(language, "actionLines", row.value)) ? (
              <>
                {" "}
                <span className="fallback-note">{t("overview.charts.subLinesInEnglish")}</span>
              </>
            ) : null}
          </>
        }
        rows={rows}
        onToggle={toggles.line}
      />
    ),
  }),
  matrix: entry({
    select: ({ model }) => model.matrix,
    card: (matrix, context) => (
      <MatrixCard
        {...matrix}
        note={linesNote(context.t("overview.charts.matrixNote"), context)}
        onToggleCell={context.toggles.cell}
      />
    ),
  }),
  trend: entry({
    select: ({ model }) => model.trend,
    card: (trendModel, { toggles, reportYears, t, trend, onTrendChange }) => (
      <StackedCard
        view="trend"
        title={t(TREND_TEXT[trend.by].title)}
        rowHeader={t("overview.year")}
        axisName={t(trend.share ? "overview.charts.trendShareAxis" : "overview.activitiesAxis")}
        share={trend.share}
        note={[
          t("overview.charts.trendNote"),
          trend.by === "sector" ? "" : t("overview.charts.trendMultiNote"),
          trend.share ? t("overview.charts.trendShareNote") : "",
        ]
          .filter(Boolean)
          .join(" ")}
        description={t(TREND_TEXT[trend.by].description, {
          from: trendModel.categories[0]?.value ?? "",
          to: trendModel.categories.at(-1)?.value ?? "",
        })}
        categories={trendModel.categories}
        series={trendModel.seriesBy[trend.by]}
        isFilterable={(value) => reportYears.includes(Number(value))}
        onToggle={toggles.year}
        controls={onTrendChange ? <TrendControls onChange={onTrendChange} /> : undefined}
      />
    ),
  }),
} as const satisfies Record<ChartViewId, ChartViewEntry<unknown>>;

/** One chart of the registry, drawn for this context. */
export function renderChartView(id: ChartViewId, context: ChartContext): ReactNode {
  const view: ChartViewEntry<unknown> = CHART_VIEWS[id];
  return view.card(view.select(context), context);
}
