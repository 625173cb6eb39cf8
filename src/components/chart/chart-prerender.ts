import type { EChartsOption } from "echarts";
import { createContext } from "react";

export interface ChartPrerenderRequest {
  option: EChartsOption;
  height: number;
  /** A card across the whole grid (ChartCard `wide`), else one column of it. */
  wide: boolean;
}

/**
 * Where a chart's first render finds its prerendered SVG, by the chart's id: drawn by the build's server
 * render of the landing view, or read back from that markup in the page being hydrated. Undefined: none.
 */
export type ChartPrerender = (id: string, request: ChartPrerenderRequest) => string | undefined;

export const ChartPrerenderContext = createContext<ChartPrerender | null>(null);

/** Whether the chart below spans the card grid: its prerender is drawn at that width. */
export const ChartWideContext = createContext(false);

/** The attribute that carries a prerendered chart's id, on the box that holds its SVG. */
export const PRERENDERED_CHART_ATTRIBUTE = "data-prerendered-chart";

/** The prerendered charts of a page about to be hydrated: each box's SVG markup, by chart id. */
export function readPrerenderedCharts(root: ParentNode): ChartPrerender {
  const charts = new Map<string, string>();
  for (const box of root.querySelectorAll(`[${PRERENDERED_CHART_ATTRIBUTE}]`))
    charts.set(box.getAttribute(PRERENDERED_CHART_ATTRIBUTE) ?? "", box.innerHTML);
  return (id) => charts.get(id);
}
