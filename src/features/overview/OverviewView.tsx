import { Suspense, useMemo } from "react";
import { PanelBoundary } from "../../components/PanelBoundary";
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

interface OverviewViewProps {
  reference: Reference;
  reports: readonly Report[];
  urlFilters: FilterState;
  dropped: readonly DroppedParam[];
  setFilters: (next: FilterState) => void;
}

const CHART_ORDER: readonly OverviewChartName[] = ["sectors", "sdgs", "action-lines", "matrix", "trend"];

/** What the error card names when one chart fails. */
const CHART_NAMES: Record<OverviewChartName, string> = {
  sectors: "The chart by sector",
  sdgs: "The chart by SDG",
  "action-lines": "The chart by action line",
  matrix: "The action line and SDG matrix",
  trend: "The chart per report year",
};

export function OverviewView({ reference, reports, urlFilters, dropped, setFilters }: OverviewViewProps) {
  const { all, reportYears, filters, unknown, filtered } = useFilteredActivities(
    reference,
    reports,
    urlFilters,
  );
  const model = useMemo(
    () => buildOverviewModel(filtered, reference, reportYears, filters),
    [filtered, reference, reportYears, filters],
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
  };

  return (
    <>
      <UrlNotices dropped={dropped} unknown={unknown} />
      <FilterBar filters={filters} reference={reference} reportYears={reportYears} onChange={setFilters} />
      <p className="result-count" role="status" aria-live="polite">
        <strong data-testid="activity-count">{filtered.length.toLocaleString("en")}</strong>{" "}
        {filtered.length === 1 ? "activity" : "activities"} match{filtered.length === 1 ? "es" : ""}
        {filtered.length === all.length ? " (all)" : ` of ${all.length.toLocaleString("en")}`}
      </p>
      <PanelBoundary what="The key figures">
        <KpiTiles values={computeKpis(filtered)} comparison={comparison} />
      </PanelBoundary>
      {filtered.length === 0 ? (
        <section className="state-card">
          <h2>No activities match these filters</h2>
          <p>Remove a filter above, or clear them all, to see activities again.</p>
        </section>
      ) : (
        <div className="chart-grid">
          {CHART_ORDER.map((name) => (
            <PanelBoundary key={name} what={CHART_NAMES[name]}>
              <Suspense>{OVERVIEW_CHARTS[name](context)}</Suspense>
            </PanelBoundary>
          ))}
        </div>
      )}
    </>
  );
}
