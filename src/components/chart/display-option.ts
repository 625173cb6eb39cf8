import type { EChartsOption } from "echarts";
import type { ChartDisplay } from "./chart-theme";

/**
 * ECharts' aria module fills each series with a pattern as well as a colour. Its generated description
 * stays off: the wrapper names and describes every chart itself.
 */
export const PATTERN_OPTION = { aria: { enabled: true, label: { enabled: false }, decal: { show: true } } };

/**
 * The option as drawn for a display: the legend if wanted, and patterns if asked. Colours are the
 * builder's, from the palette of the display's theme (chart-palette.ts).
 */
export function displayOption(
  option: EChartsOption,
  { showLegend, pattern }: Pick<ChartDisplay, "showLegend" | "pattern">,
): EChartsOption {
  let shown = option;
  if (!showLegend && shown.legend)
    shown = { ...shown, legend: { show: false }, grid: { ...shown.grid, top: 8 } };
  if (pattern) shown = { ...shown, ...PATTERN_OPTION };
  return shown;
}
