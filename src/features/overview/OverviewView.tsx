import { Suspense, useMemo } from "react";
import { PanelBoundary } from "../../components/PanelBoundary";
import { useFormat } from "../../i18n/use-format";
import { useFilteredActivities } from "../../data/use-filtered-activities";
import { filterActivities } from "../../domain/filter-activities";
import type { FilterState } from "../../domain/filter-state";
import { compareLatestYear, computeKpis } from "../../domain/kpis";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import type { DroppedParam } from "../../url-state/filter-params";
import { FilterBar } from "../filters/FilterBar";
import { UrlNotices } from "../filters/UrlNotices";
import { createFilterToggles } from "./filter-toggles";
import { KpiTiles } from "./KpiTiles";
import { OVERVIEW_CHARTS, type OverviewChartName } from "./overview-charts";
import { buildOverviewModel } from "./overview-model";
import { useChartContextText } from "./use-chart-context-text";

interface OverviewViewProps {
  reference: Reference;
  reports: readonly Report[];
  urlFilters: FilterState;
  dropped: readonly DroppedParam[];
  setFilters: (next: FilterState) => void;
}

const CHART_ORDER: readonly OverviewChartName[] = ["sectors", "sdgs", "action-lines", "matrix", "trend"];

/** What the error card names when one chart fails. */
const CHART_NAMES = {
  sectors: "panel.chartSectors",
  sdgs: "panel.chartSdgs",
  "action-lines": "panel.chartLines",
  matrix: "panel.chartMatrix",
  trend: "panel.chartTrend",
} as const satisfies Record<OverviewChartName, string>;

export function OverviewView({ reference, reports, urlFilters, dropped, setFilters }: OverviewViewProps) {
  const { all, reportYears, filters, unknown, filtered } = useFilteredActivities(
    reference,
    reports,
    urlFilters,
  );
  const text = useChartContextText();
  const { t } = text;
  const format = useFormat();
  const model = useMemo(
    () => buildOverviewModel(filtered, reference, reportYears, filters, t),
    [filtered, reference, reportYears, filters, t],
  );
  const comparison = useMemo(
    () => compareLatestYear(filterActivities(all, { ...filters, years: [] }), reportYears, filters.years),
    [all, filters, reportYears],
  );
  const context = {
    model,
    toggles: createFilterToggles(filters, setFilters),
    total: filtered.length,
    reportYears,
    ...text,
  };

  return (
    <>
      <UrlNotices dropped={dropped} unknown={unknown} />
      <FilterBar filters={filters} reference={reference} reportYears={reportYears} onChange={setFilters} />
      <p className="result-count" role="status" aria-live="polite">
        <strong data-testid="activity-count">{format.number(filtered.length)}</strong>{" "}
        {t("overview.matchCount", { count: filtered.length })}{" "}
        {filtered.length === all.length ? t("overview.ofAll") : t("overview.ofTotal", { total: all.length })}
      </p>
      <PanelBoundary what={t("panel.kpis")}>
        <KpiTiles values={computeKpis(filtered)} comparison={comparison} />
      </PanelBoundary>
      {filtered.length === 0 ? (
        <section className="state-card">
          <h2>{t("overview.emptyTitle")}</h2>
          <p>{t("overview.emptyBody")}</p>
        </section>
      ) : (
        <div className="chart-grid">
          {CHART_ORDER.map((name) => (
            <PanelBoundary key={name} what={t(CHART_NAMES[name])}>
              <Suspense>{OVERVIEW_CHARTS[name](context)}</Suspense>
            </PanelBoundary>
          ))}
        </div>
      )}
    </>
  );
}
