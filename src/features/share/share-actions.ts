import type { EChartsOption } from "echarts";
import type { ChartPalette } from "../../components/chart/chart-palette";
import type { ChartTextSizes, OutputLayout } from "../../components/chart/type-scale";
import { toCsv } from "../../domain/export-rows";
import { appendSlideToSavedDeck, readSavedDeck, subscribeSavedDeck } from "../../url-state/deck-storage";
import { captionLines, composeChartSvg, type ImageCaption } from "../../shared/chart-image/compose-image";
import { renderChartSvg } from "../../shared/chart-image/render-chart-svg";
import { svgToPng } from "../../shared/chart-image/svg-to-png";

// What the share menu does beyond copying links. ShareMenu imports this module on first use, so that the
// overview's first screen does not download image drawing (with every ECharts chart type), nor the
// saved deck's schema library.

/**
 * The chart with its title, what it shows, how it counts, source and link, as an SVG image laid out at the
 * output's size with its type scale and drawn in the given palette: the chart is built for those sizes and
 * colours, not enlarged or recoloured afterwards.
 */
export function chartImageSvg(
  optionFor: (sizes: ChartTextSizes, palette: ChartPalette) => EChartsOption,
  layout: OutputLayout,
  caption: ImageCaption,
  palette: ChartPalette,
): string {
  const { headerHeight, footerHeight } = captionLines(caption, layout.width, layout.type);
  const chartHeight = Math.max(120, layout.height - headerHeight - footerHeight);
  const chart = renderChartSvg(optionFor(layout.type, palette), layout.width, chartHeight, palette);
  return composeChartSvg(chart, layout.width, chartHeight, caption, { type: layout.type, palette });
}

/** The same image as a PNG of layout.width × layout.scale pixels. */
export function chartImagePng(
  optionFor: (sizes: ChartTextSizes, palette: ChartPalette) => EChartsOption,
  layout: OutputLayout,
  caption: ImageCaption,
  palette: ChartPalette,
): Promise<Blob> {
  const svg = chartImageSvg(optionFor, layout, caption, palette);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? layout.height);
  return svgToPng(svg, layout.width, height, layout.scale);
}

/** Adds a slide to the deck this browser remembers; returns the number of slides. */
export function addSlideToSavedDeck(
  view: Parameters<typeof appendSlideToSavedDeck>[0],
  params: URLSearchParams,
) {
  return appendSlideToSavedDeck(view, params);
}

/** Tells `onCount` the saved deck's number of slides now and at every change (any tab); returns the stop. */
export function watchSavedDeckSize(onCount: (count: number) => void): () => void {
  const report = () => onCount(readSavedDeck().slides.length);
  report();
  return subscribeSavedDeck(report);
}

/** A chart's table (header row first) as CSV. */
export function tableCsv(table: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return toCsv(
    table.slice(1),
    table[0]?.map((header, index) => ({
      header: String(header),
      value: (row: ReadonlyArray<string | number>) => row[index] ?? "",
    })) ?? [],
  );
}
