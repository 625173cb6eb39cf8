import type { ReactNode } from "react";
import type { ShareableChart } from "../../components/chart/chart-actions";
import type { FilterState } from "../../domain/filter-state";
import type { DeckView } from "../../url-state/deck-params";

/**
 * What the presentation needs from the rest of the dashboard. The page provides it (charts come from
 * the overview, captions and images from sharing), so that features never import each other.
 */
export interface DeckServices {
  /** One live chart, as on the overview, for these filters (and the slide's by=, share=, in `params`). */
  renderChart: (view: DeckView, filters: FilterState, params?: URLSearchParams) => ReactNode;
  /** The filters in words and the source line. */
  caption: (filters: FilterState) => { filters: string; source: string };
  /** The chart alone as a PNG of width × height CSS pixels, drawn at `scale`. */
  chartToPng: (chart: ShareableChart, width: number, height: number, scale: number) => Promise<Blob>;
  /** The dashboard's address without its hash, e.g. "https://host/wsis/". */
  base: string;
}
