import type { ListFilterKey } from "./filter-state";

/**
 * Every view of the dashboard that a link can name (`#/embed/<id>`, a deck's slides), and where each one
 * may go. The list every parser, menu and export derives its views from; the React side of each chart
 * (its numbers, its card) is in src/shared/views/chart-views.tsx. Part of the public URL contract: an id
 * is never renamed (a new spelling becomes an alias).
 */
export const VIEWS = [
  {
    id: "sectors",
    kind: "chart",
    chart: "bars",
    dimension: "sector",
    titleKey: "overview.charts.sectors",
    panelKey: "panel.chartSectors",
    crossFilter: ["sectors"],
    page: "/",
    accepts: { overview: true, embed: true, deck: true, image: true, pptx: "native-chart", docx: true },
  },
  {
    id: "sdgs",
    kind: "chart",
    chart: "bars",
    dimension: "sdg",
    titleKey: "overview.charts.sdgs",
    panelKey: "panel.chartSdgs",
    crossFilter: ["sdgs"],
    page: "/",
    accepts: { overview: true, embed: true, deck: true, image: true, pptx: "native-chart", docx: true },
  },
  {
    id: "sub-lines",
    kind: "chart",
    chart: "bars",
    dimension: "sub-line",
    titleKey: "overview.charts.subLines",
    panelKey: "panel.chartSubLines",
    crossFilter: ["lines"],
    page: "/",
    accepts: { overview: true, embed: true, deck: true, image: true, pptx: "native-chart", docx: true },
  },
  {
    id: "action-lines",
    kind: "chart",
    chart: "stacked",
    dimension: "line",
    titleKey: "overview.charts.lines",
    panelKey: "panel.chartLines",
    crossFilter: ["lines"],
    page: "/",
    print: { width: 720, height: 340 },
    accepts: { overview: true, embed: true, deck: true, image: true, pptx: "native-chart", docx: true },
  },
  {
    id: "matrix",
    kind: "chart",
    chart: "matrix",
    dimension: "line-sdg",
    titleKey: "overview.charts.matrix",
    panelKey: "panel.chartMatrix",
    crossFilter: ["lines", "sdgs"],
    page: "/",
    print: { width: 900, height: 420 },
    accepts: { overview: true, embed: true, deck: true, image: true, pptx: "native-table", docx: true },
  },
  {
    id: "trend",
    kind: "chart",
    chart: "stacked",
    dimension: "year",
    titleKey: "overview.charts.trend",
    panelKey: "panel.chartTrend",
    page: "/",
    print: { width: 720, height: 340 },
    accepts: { overview: true, embed: true, deck: true, image: true, pptx: "native-chart", docx: true },
  },
  {
    id: "compare",
    kind: "page",
    dimension: "year-pair",
    page: "/compare",
    accepts: { overview: false, embed: true, deck: false, image: false, pptx: false, docx: false },
  },
  {
    id: "activities",
    kind: "page",
    dimension: "activity",
    page: "/activities",
    accepts: { overview: false, embed: true, deck: false, image: false, pptx: false, docx: false },
  },
] as const satisfies readonly ViewDescriptor[];

/** How a view's chart goes onto an exported slide: a native (editable) chart or table, or a picture. */
export type PptxForm = "native-chart" | "native-table" | "picture";

export interface ViewDescriptor {
  /** The public name: `#/embed/<id>`, a deck's `deck=<id>!...`. */
  readonly id: string;
  /** A chart drawn from the filtered activities, or a whole page shown alone (embeds only). */
  readonly kind: "chart" | "page";
  /** The chart's shape, which decides its native .pptx form and its ChartData. */
  readonly chart?: "bars" | "stacked" | "matrix";
  /** What the view's categories are. */
  readonly dimension: string;
  /** The chart's own title in the catalogs (a slide's title unless renamed). */
  readonly titleKey?: string;
  /** How the error card names the chart when it fails. */
  readonly panelKey?: string;
  /**
   * The filters whose values are this chart's categories: filtering on them still shows every category,
   * which a slide or an image says in words (share-caption.ts words it).
   */
  readonly crossFilter?: readonly ListFilterKey[];
  /** The full-dashboard page that shows the view, for an embed's "open" link. */
  readonly page: "/" | "/compare" | "/activities";
  /** The size of the chart in a Word document, in CSS pixels; bar charts grow with their rows instead. */
  readonly print?: { readonly width: number; readonly height: number };
  readonly accepts: {
    readonly overview: boolean;
    readonly embed: boolean;
    readonly deck: boolean;
    /** PNG and SVG downloads from the chart's share menu. */
    readonly image: boolean;
    readonly pptx: PptxForm | false;
    readonly docx: boolean;
  };
}

type View = (typeof VIEWS)[number];
export type ViewId = View["id"];
export type ChartViewId = Extract<View, { kind: "chart" }>["id"];
export type EmbedViewId = Extract<View, { accepts: { embed: true } }>["id"];
export type DeckViewId = Extract<View, { accepts: { deck: true } }>["id"];
export type OverviewViewId = Extract<View, { accepts: { overview: true } }>["id"];
export type CrossFilterViewId = Extract<View, { crossFilter: readonly ListFilterKey[] }>["id"];

const idsWhere = <T extends ViewId>(keep: (view: View) => boolean) =>
  VIEWS.filter(keep).map((view) => view.id as T);

/** The views in the overview's order (also the order of its Word document). */
export const OVERVIEW_VIEW_IDS = idsWhere<OverviewViewId>((view) => view.accepts.overview);
export const EMBED_VIEW_IDS = idsWhere<EmbedViewId>((view) => view.accepts.embed);
export const DECK_VIEW_IDS = idsWhere<DeckViewId>((view) => view.accepts.deck);
export const DOCX_VIEW_IDS = idsWhere<ChartViewId>((view) => view.accepts.docx);
export const CHART_VIEW_IDS = idsWhere<ChartViewId>((view) => view.kind === "chart");

const BY_ID: ReadonlyMap<string, View> = new Map(VIEWS.map((view) => [view.id, view]));

export function viewById(id: string): View | undefined {
  return BY_ID.get(id);
}

export function isChartView(id: string): id is ChartViewId {
  return viewById(id)?.kind === "chart";
}

export function chartView(id: ChartViewId): Extract<View, { kind: "chart" }> {
  return BY_ID.get(id) as Extract<View, { kind: "chart" }>;
}
