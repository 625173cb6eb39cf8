import { useMemo } from "react";
import type { FilterState } from "../../domain/filter-state";
import type { ChartViewId } from "../../domain/views";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import { parseTrendParams } from "../../url-state/trend-params";
import { renderChartView } from "./chart-views";
import { useChartContext } from "./use-chart-context";

interface SingleChartViewProps {
  view: ChartViewId;
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
  const trend = useMemo(() => parseTrendParams(viewParams ?? new URLSearchParams()), [viewParams]);
  const { context } = useChartContext(reference, reports, urlFilters, setFilters, trend);
  return renderChartView(view, context);
}
