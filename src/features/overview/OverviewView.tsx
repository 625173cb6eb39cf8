import { memo, useCallback, useDeferredValue, useMemo } from "react";
import { PanelBoundary } from "../../components/PanelBoundary";
import { useFormat } from "../../i18n/use-format";
import { compareLatestYearInIndex, kpisOfSummary } from "../../domain/facet-kpis";
import type { FilterState } from "../../domain/filter-state";
import { chartView, OVERVIEW_VIEW_IDS } from "../../domain/views";
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
import { renderChartView, type ChartContext } from "../../shared/views/chart-views";
import { useChartContext } from "../../shared/views/use-chart-context";
import { KpiTiles } from "./KpiTiles";

interface OverviewViewProps {
  reference: Reference;
  reports: readonly Report[];
  urlFilters: FilterState;
  dropped: readonly DroppedParam[];
  setFilters: (next: FilterState) => void;
}

const TREND_KEYS = Object.values(TREND_PARAMS);

/** The overview's charts, drawn from `context` alone: a render of the page that keeps it skips them. */
const ChartGrid = memo(function ChartGrid({ context }: { context: ChartContext }) {
  const { t } = context;
  if (context.total === 0)
    return (
      <section className="state-card">
        <h2>{t("overview.emptyTitle")}</h2>
        <p>{t("overview.emptyBody")}</p>
      </section>
    );
  return (
    <div className="chart-grid">
      {OVERVIEW_VIEW_IDS.map((id) => (
        <PanelBoundary key={id} what={t(chartView(id).panelKey)}>
          {renderChartView(id, context)}
        </PanelBoundary>
      ))}
    </div>
  );
});

export function OverviewView({ reference, reports, urlFilters, dropped, setFilters }: OverviewViewProps) {
  const location = useHashLocation();
  const { trend, droppedTrend } = useMemo(() => {
    const droppedTrend: DroppedParam[] = [];
    return { trend: parseTrendParams(location.params, droppedTrend), droppedTrend };
  }, [location.params]);
  const writeTrend = useUrlParamsWriter(TREND_KEYS);
  const onTrendChange = useCallback(
    (next: TrendParams) => writeTrend(serializeTrendParams(next)),
    [writeTrend],
  );
  const { all, index, summary, reportYears, filters, unknown, context } = useChartContext(
    reference,
    reports,
    urlFilters,
    setFilters,
    trend,
    onTrendChange,
  );
  // A click paints its own answer first (the pressed tile, the count, the KPIs); the charts follow in
  // renders of their own, near ones first (docs/decisions/015).
  const chartContext = useDeferredValue(context);
  const { t } = context;
  const format = useFormat();
  const comparison = useMemo(
    () => compareLatestYearInIndex(index, filters, reportYears),
    [index, filters, reportYears],
  );
  const kpis = useMemo(() => kpisOfSummary(summary), [summary]);
  const total = summary.total;
  const allDropped = useMemo(() => [...dropped, ...droppedTrend], [dropped, droppedTrend]);

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
      <ChartGrid context={chartContext} />
    </>
  );
}
