import { createContext } from "react";
import type { Theme } from "../../url-state/display-params";

export const DARK_THEME = "wsis-dark";
export const CONTRAST_THEME = "wsis-contrast";
export const CONTRAST_DARK_THEME = "wsis-contrast-dark";

/** The ECharts theme registered for each app theme (echarts-setup.ts); light is ECharts' default. */
export const ECHARTS_THEME: Record<Theme, string | undefined> = {
  light: undefined,
  dark: DARK_THEME,
  contrast: CONTRAST_THEME,
  "contrast-dark": CONTRAST_DARK_THEME,
};

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
