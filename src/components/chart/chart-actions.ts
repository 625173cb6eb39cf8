import type { EChartsOption } from "echarts";
import { createContext, type ReactNode } from "react";
import type { ChartData } from "./chart-data";
import type { ChartTextSizes } from "./type-scale";

/** What a chart card offers to share and export: its public view name, its option and its numbers. */
export interface ShareableChart {
  /** The #/embed/<view> name. */
  view: string;
  title: string;
  option: EChartsOption;
  /** The chart's accessible description (what a screen reader hears; a document's alt text). */
  description?: string;
  /** The same chart with the text sizes of another output (slides, slide-size images). */
  optionFor?: (sizes: ChartTextSizes) => EChartsOption;
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
