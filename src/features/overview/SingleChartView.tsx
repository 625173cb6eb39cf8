import { useMemo } from "react";
import { useFilterMatches } from "../../data/use-filtered-activities";
import { summarizeMatches } from "../../domain/facet-summary";
import type { FilterState } from "../../domain/filter-state";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import { createFilterToggles } from "./filter-toggles";
import { OVERVIEW_CHARTS, type OverviewChartName } from "./overview-charts";
import { buildOverviewModel } from "./overview-model";
import { parseTrendParams } from "../../url-state/trend-params";
import { useChartContextText } from "./use-chart-context-text";

interface SingleChartViewProps {
  view: OverviewChartName;
  reference: Reference;
  reports: readonly Report[];
  urlFilters: FilterState;
  setFilters: (next: FilterState) => void;
  /** The link's other parameters: how the chart is drawn (by=, share=). */
  viewParams?: URLSearchParams;
}

/** One overview chart on its own (embeds, slides): same numbers and click-to-filter as on the overview. */
export function SingleChartView({
  view,
  reference,
  reports,
  urlFilters,
  setFilters,
  viewParams,
}: SingleChartViewProps) {
  const { index, matches, reportYears, filters } = useFilterMatches(reference, reports, urlFilters);
  const summary = useMemo(() => summarizeMatches(index, matches), [index, matches]);
  const text = useChartContextText();
  const model = useMemo(
    () => buildOverviewModel(summary, reference, reportYears, filters, text.t),
    [summary, reference, reportYears, filters, text.t],
  );
  return OVERVIEW_CHARTS[view]({
    model,
    toggles: createFilterToggles(filters, setFilters),
    total: summary.total,
    reportYears,
    trend: parseTrendParams(viewParams ?? new URLSearchParams()),
    ...text,
  });
}
