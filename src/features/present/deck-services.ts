import type { EChartsOption } from "echarts";
import type { ReactNode } from "react";
import type { ShareableChart } from "../../components/chart/chart-actions";
import type { FilterState } from "../../domain/filter-state";
import type { ReportMeta } from "../../schema/report";
import type { DeckView } from "../../url-state/deck-params";
import type { SlideCaption } from "./slide-text";

/**
 * What the presentation needs from the rest of the dashboard. The page provides it (charts come from
 * the overview, captions and images from sharing), so that features never import each other.
 */
export interface DeckServices {
  /** One live chart, as on the overview, for these filters (and the slide's by=, share=, in `params`). */
  renderChart: (view: DeckView, filters: FilterState, params?: URLSearchParams) => ReactNode;
  /** The filters in words, the source line and what a cross-filter means. */
  caption: SlideCaption;
  /** A chart's option (built in SLIDE_PALETTE) alone as a PNG of width × height CSS pixels, at `scale`. */
  chartToPng: (option: EChartsOption, width: number, height: number, scale: number) => Promise<Blob>;
  /** A small picture of the chart for the deck editor, as an image URL (drawn at slide size). */
  thumbnail: (chart: ShareableChart) => string;
  /** The reports loaded, for the closing Sources slide. */
  reports: readonly ReportMeta[];
  /** The dashboard's address without its hash, e.g. "https://host/wsis/". */
  base: string;
}
