import { useMemo } from "react";
import { useFilterMatches } from "../../data/use-filtered-activities";
import { summarizeMatches } from "../../domain/facet-summary";
import type { FilterState } from "../../domain/filter-state";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import type { TrendParams } from "../../url-state/trend-params";
import type { ChartContext } from "./chart-views";
import { createFilterToggles } from "./filter-toggles";
import { buildOverviewModel } from "./overview-model";
import { useChartContextText } from "./use-chart-context-text";

/**
 * What the charts draw for these filters (the overview draws all of them, embeds and slides one), and the
 * matching activities and their counts for the views that show more than charts.
 */
export function useChartContext(
  reference: Reference,
  reports: readonly Report[],
  urlFilters: FilterState,
  setFilters: (next: FilterState) => void,
  trend: TrendParams,
  onTrendChange?: (next: TrendParams) => void,
) {
  const matched = useFilterMatches(reference, reports, urlFilters);
  const { index, matches, reportYears, filters } = matched;
  const summary = useMemo(() => summarizeMatches(index, matches), [index, matches]);
  const text = useChartContextText();
  const model = useMemo(
    () => buildOverviewModel(summary, reference, reportYears, filters, text.t),
    [summary, reference, reportYears, filters, text.t],
  );
  const toggles = useMemo(() => createFilterToggles(filters, setFilters), [filters, setFilters]);
  // One object per change of what the charts draw: a view may defer the charts' update to it (useDeferredValue).
  const context = useMemo<ChartContext>(
    () => ({
      model,
      summary,
      index,
      matches,
      reference,
      filters,
      toggles,
      total: summary.total,
      reportYears,
      trend,
      ...(onTrendChange ? { onTrendChange } : {}),
      ...text,
    }),
    [model, summary, index, matches, reference, filters, toggles, reportYears, trend, onTrendChange, text],
  );
  return { ...matched, summary, context };
}
