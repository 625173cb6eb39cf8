import { lazy, type ReactNode } from "react";
import { NO_SECTOR } from "../../domain/count-by";
import { BarCard } from "./BarCard";
import type { FilterToggles } from "./filter-toggles";
import type { OverviewModel } from "./overview-model";

// Chunks of their own, so that an embedded bar chart downloads neither (render them inside <Suspense>).
const MatrixCard = lazy(() => import("./MatrixCard").then((module) => ({ default: module.MatrixCard })));
const StackedCard = lazy(() => import("./StackedCard").then((module) => ({ default: module.StackedCard })));

export interface ChartContext {
  model: OverviewModel;
  toggles: FilterToggles;
  total: number;
  reportYears: readonly number[];
}

/** The overview's charts by their public view name: the overview shows them all, an embed shows one. */
export const OVERVIEW_CHARTS = {
  sectors: ({ model, toggles }: ChartContext): ReactNode => (
    <BarCard
      view="sectors"
      title="Activities by sector"
      rowHeader="Sector"
      rows={model.sectors}
      isFilterable={(row) => row.value !== NO_SECTOR}
      onToggle={toggles.sector}
    />
  ),
  sdgs: ({ model, toggles, total }: ChartContext): ReactNode => (
    <BarCard
      view="sdgs"
      title="Activities by SDG"
      rowHeader="SDG"
      note={`An activity linked to several SDGs counts once under each, so these bars add up to more than ${total}. ${model.withoutSdgCount} activities have no SDG link.`}
      rows={model.sdgs}
      onToggle={toggles.sdg}
    />
  ),
  "action-lines": ({ model, toggles }: ChartContext): ReactNode => (
    <StackedCard
      view="action-lines"
      title="Activities by WSIS action line and sector"
      rowHeader="Action line"
      axisName="Activities"
      note={`An activity on several action lines counts once under each; C7 includes its sub-lines. ${model.crossCuttingCount} cross-cutting activities (such as the WSIS Forum) have no action line.`}
      description={`Stacked bars for action lines C1 to C11, one colour per sector. Totals: ${model.lines.categories
        .map((category, index) => `${category.value} ${model.lines.totals[index] ?? 0}`)
        .join(", ")}.`}
      categories={model.lines.categories}
      series={model.lines.series}
      onToggle={toggles.line}
    />
  ),
  matrix: ({ model, toggles }: ChartContext): ReactNode => (
    <MatrixCard {...model.matrix} onToggleCell={toggles.cell} />
  ),
  trend: ({ model, toggles, reportYears }: ChartContext): ReactNode => (
    <StackedCard
      view="trend"
      title="Activities per report year, by sector"
      rowHeader="Year"
      axisName="Activities"
      note="Years without a report are gaps, not zeros. The shipped activities are dated by the year they took place."
      description={`Stacked bars per year from ${model.trend.categories[0]?.value ?? ""} to ${model.trend.categories.at(-1)?.value ?? ""}, one colour per sector.`}
      categories={model.trend.categories}
      series={model.trend.series}
      isFilterable={(value) => reportYears.includes(Number(value))}
      onToggle={toggles.year}
    />
  ),
} as const;

export type OverviewChartName = keyof typeof OVERVIEW_CHARTS;
