import { createContext, useContext } from "react";
import type { Theme } from "../../url-state/display-params";
import { CHART_PALETTES, type ChartPalette } from "./chart-palette";

export interface ChartDisplay {
  tone: Theme;
  showLegend: boolean;
  /** False in embeds with title=0: the title stays as the chart's accessible name only. */
  showTitle: boolean;
  /** Decal patterns on the series, so that colour is not needed to tell them apart. */
  pattern: boolean;
}

/** How charts below draw: the app shell sets the theme and patterns, embeds also legend=0 and title=0. */
export const ChartDisplayContext = createContext<ChartDisplay>({
  tone: "light",
  showLegend: true,
  showTitle: true,
  pattern: false,
});

/** The palette of the theme charts below are drawn in (slides set light whatever the app's theme). */
export function useChartPalette(): ChartPalette {
  return CHART_PALETTES[useContext(ChartDisplayContext).tone];
}
