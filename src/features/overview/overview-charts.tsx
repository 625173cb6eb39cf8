import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { chunkComponent } from "../../components/chunk-component";
import { NO_SECTOR } from "../../domain/count-by";
import type { TrendBy, TrendParams } from "../../url-state/trend-params";
import { BarCard } from "./BarCard";
import type { FilterToggles } from "./filter-toggles";
import type { OverviewModel } from "./overview-model";
import { TrendControls } from "./TrendControls";

// Chunks of their own, so that an embedded bar chart downloads neither.
const MatrixCard = chunkComponent(() => import("./MatrixCard").then((module) => module.MatrixCard));
const StackedCard = chunkComponent(() => import("./StackedCard").then((module) => module.StackedCard));

export interface ChartContext {
  model: OverviewModel;
  toggles: FilterToggles;
  total: number;
  reportYears: readonly number[];
  t: TFunction;
  /** Main action lines whose names have no official translation in the active language (shown in English). */
  linesInEnglish: readonly string[];
  /** How the per-year chart is drawn (by=, share= in the URL). */
  trend: TrendParams;
  /** Where the reader may change it (the overview); embeds and slides follow their link. */
  onTrendChange?: (next: TrendParams) => void;
}

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

/** The overview's charts by their public view name: the overview shows them all, an embed shows one. */
export const OVERVIEW_CHARTS = {
  sectors: ({ model, toggles, t }: ChartContext): ReactNode => (
    <BarCard
      view="sectors"
      title={t("overview.charts.sectors")}
      rowHeader={t("filters.sector")}
      rows={model.sectors}
      isFilterable={(row) => row.value !== NO_SECTOR}
      onToggle={toggles.sector}
    />
  ),
  sdgs: ({ model, toggles, total, t }: ChartContext): ReactNode => (
    <BarCard
      view="sdgs"
      title={t("overview.charts.sdgs")}
      rowHeader={t("sdg.axis")}
      note={t("overview.charts.sdgsNote", { total, without: model.withoutSdgCount })}
      rows={model.sdgs}
      onToggle={toggles.sdg}
    />
  ),
  "action-lines": (context: ChartContext): ReactNode => (
    <StackedCard
      view="action-lines"
      title={context.t("overview.charts.lines")}
      rowHeader={context.t("filters.actionLine")}
      axisName={context.t("overview.activitiesAxis")}
      note={linesNote(
        context.t("overview.charts.linesNote", { crossCutting: context.model.crossCuttingCount }),
        context,
      )}
      description={context.t("overview.charts.linesDescription", {
        totals: context.model.lines.categories
          .map((category, index) => `${category.value} ${context.model.lines.totals[index] ?? 0}`)
          .join(", "),
      })}
      categories={context.model.lines.categories}
      series={context.model.lines.series}
      onToggle={context.toggles.line}
    />
  ),
  matrix: (context: ChartContext): ReactNode => (
    <MatrixCard
      {...context.model.matrix}
      note={linesNote(context.t("overview.charts.matrixNote"), context)}
      onToggleCell={context.toggles.cell}
    />
  ),
  trend: ({ model, toggles, reportYears, t, trend, onTrendChange }: ChartContext): ReactNode => (
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
        from: model.trend.categories[0]?.value ?? "",
        to: model.trend.categories.at(-1)?.value ?? "",
      })}
      categories={model.trend.categories}
      series={model.trend.seriesBy[trend.by]}
      isFilterable={(value) => reportYears.includes(Number(value))}
      onToggle={toggles.year}
      controls={onTrendChange ? <TrendControls trend={trend} onChange={onTrendChange} /> : undefined}
    />
  ),
} as const;

export type OverviewChartName = keyof typeof OVERVIEW_CHARTS;
