import { useMemo } from "react";
import { PanelBoundary } from "../../components/PanelBoundary";
import { useFormat } from "../../i18n/use-format";
import { useFilterMatches } from "../../data/use-filtered-activities";
import { compareLatestYearInIndex, kpisOfSummary } from "../../domain/facet-kpis";
import { summarizeMatches } from "../../domain/facet-summary";
import type { FilterState } from "../../domain/filter-state";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import type { DroppedParam } from "../../url-state/filter-params";
import {
  parseTrendParams,
  serializeTrendParams,
  TREND_PARAMS,
  type TrendParams,
} from "../../url-state/trend-params";
import { useHashLocation } from "../../url-state/use-hash-location";
import { useUrlParamsWriter } from "../../url-state/use-url-params";
import { FilterBar } from "../../shared/filters/FilterBar";
import { UrlNotices } from "../../shared/filters/UrlNotices";
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

const TREND_KEYS = Object.values(TREND_PARAMS);

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
  const { all, index, matches, reportYears, filters, unknown } = useFilterMatches(
    reference,
    reports,
    urlFilters,
  );
  const text = useChartContextText();
  const { t } = text;
  const format = useFormat();
  const summary = useMemo(() => summarizeMatches(index, matches), [index, matches]);
  const model = useMemo(
    () => buildOverviewModel(summary, reference, reportYears, filters, t),
    [summary, reference, reportYears, filters, t],
  );
  const comparison = useMemo(
    () => compareLatestYearInIndex(index, filters, reportYears),
    [index, filters, reportYears],
  );
  const kpis = useMemo(() => kpisOfSummary(summary), [summary]);
  const total = summary.total;
  const location = useHashLocation();
  const { trend, droppedTrend } = useMemo(() => {
    const droppedTrend: DroppedParam[] = [];
    return { trend: parseTrendParams(location.params, droppedTrend), droppedTrend };
  }, [location.params]);
  const allDropped = useMemo(() => [...dropped, ...droppedTrend], [dropped, droppedTrend]);
  const writeTrend = useUrlParamsWriter(TREND_KEYS);
  const context = {
    model,
    toggles: createFilterToggles(filters, setFilters),
    total,
    reportYears,
    trend,
    onTrendChange: (next: TrendParams) => writeTrend(serializeTrendParams(next)),
    ...text,
  };

  return (
    <>
      <UrlNotices dropped={allDropped} unknown={unknown} />
      <FilterBar filters={filters} reference={reference} reportYears={reportYears} onChange={setFilters} />
      <p className="result-count" role="status" aria-live="polite">
        <strong data-testid="activity-count">{format.number(total)}</strong>{" "}
        {t("overview.matchCount", { count: total })}{" "}
        {total === all.length ? t("overview.ofAll") : t("overview.ofTotal", { total: all.length })}
      </p>
      <PanelBoundary what={t("panel.kpis")}>
        <KpiTiles values={kpis} comparison={comparison} />
      </PanelBoundary>
      {total === 0 ? (
        <section className="state-card">
          <h2>{t("overview.emptyTitle")}</h2>
          <p>{t("overview.emptyBody")}</p>
        </section>
      ) : (
        <div className="chart-grid">
          {CHART_ORDER.map((name) => (
            <PanelBoundary key={name} what={t(CHART_NAMES[name])}>
              {OVERVIEW_CHARTS[name](context)}
            </PanelBoundary>
          ))}
        </div>
      )}
    </>
  );
}
