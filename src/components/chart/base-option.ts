import type { EChartsOption } from "echarts";
import { markOutline, type ChartPalette } from "./chart-palette";

// Single quotes inside: ECharts' SVG writes this into a double-quoted style attribute.
export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/**
 * How EChart merges an update into the drawn chart: ECharts diffs the elements instead of rebuilding the
 * chart, and series are replaced wholesale so that a shorter list never leaves stale bars behind. Under
 * replaceMerge ECharts keeps a series only if the new one has the same `id`: without ids every filter change
 * made new series, which replayed the entry animation on all five charts (docs/decisions/008).
 */
export const SERIES_REPLACE_MERGE = ["series"];

/**
 * ECharts 6's spelling of the deprecated `grid.containLabel: true` (which also logs a warning in
 * development): the grid shrinks inside its margins until the axis labels fit. The zero clamps and
 * `nameMoveOverlap: false` on named axes keep the layout `containLabel` gave; ECharts' new defaults would
 * keep a quarter of the grid whatever the labels take, and move axis names away from the labels.
 */
export const CONTAIN_AXIS_LABELS = {
  outerBoundsMode: "same",
  outerBoundsContain: "axisLabel",
  outerBoundsClampWidth: 0,
  outerBoundsClampHeight: 0,
} as const;

/** People who ask their system for less motion get charts drawn at once, without the entry animation. */
function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** Settings every chart shares: readable type, a calm animation, tooltips kept on screen. */
export function baseOption(): EChartsOption {
  return {
    animation: !prefersReducedMotion(),
    animationDuration: 300,
    // Filter changes redraw at once: an update animation costs frames exactly when people click.
    animationDurationUpdate: 0,
    // Text and axis colours come from the ECharts theme registered for the palette (chart-themes.ts).
    textStyle: { fontFamily: CHART_FONT },
    tooltip: { confine: true, appendTo: "body" },
  };
}

/**
 * A selected category keeps full colour and the palette's selection outline; the others fade while a
 * selection exists (keeping the high-contrast outline, if any).
 */
export function selectionStyle(palette: ChartPalette, isSelected: boolean, anySelected: boolean) {
  return isSelected
    ? { borderColor: palette.selection, borderWidth: 2, opacity: 1 }
    : { borderWidth: 0, ...markOutline(palette), opacity: anySelected ? 0.45 : 1 };
}
