import { createContext } from "react";

export const DARK_THEME = "wsis-dark";

export interface ChartDisplay {
  tone: "light" | "dark";
  showLegend: boolean;
  /** False in embeds with title=0: the title stays as the chart's accessible name only. */
  showTitle: boolean;
}

/** How charts below draw: embeds set theme=dark or legend=0 through this. */
export const ChartDisplayContext = createContext<ChartDisplay>({
  tone: "light",
  showLegend: true,
  showTitle: true,
});
