import type { EChartsOption } from "echarts";
import { createContext, type ReactNode } from "react";
import type { ChartData } from "./chart-data";
import type { ChartPalette } from "./chart-palette";
import type { ChartTextSizes } from "./type-scale";

/** What a chart card offers to share and export: its public view name, its options and its numbers. */
export interface ShareableChart {
  /** The #/embed/<view> name. */
  view: string;
  title: string;
  /** The chart's accessible description (what a screen reader hears; a document's alt text). */
  description?: string;
  /**
   * The chart for an output: its text sizes (screen, slides, slide-size images) and the palette the
   * output is drawn in, which the output chooses (images and slides are light whatever the app's theme).
   */
  optionFor: (sizes: ChartTextSizes, palette: ChartPalette) => EChartsOption;
  /** The chart's numbers as a table: header row first. */
  table: ReadonlyArray<ReadonlyArray<string | number>>;
  /** The numbers in the chart's own shape, for native charts in exported slides. */
  data?: ChartData;
  /** How the chart counts, in words (the card's note as plain text). */
  note?: string;
}

/**
 * Pages that offer sharing provide this (the overview does; embeds do not), so that chart cards stay
 * unaware of links, clipboards and downloads.
 */
export const ChartActionsContext = createContext<((chart: ShareableChart) => ReactNode) | null>(null);
