import type { EChartsOption } from "echarts";
import { toCsv } from "../../domain/export-rows";
import { appendSlideToSavedDeck, readSavedDeck, subscribeSavedDeck } from "../../url-state/deck-storage";
import { composeChartSvg, imageHeight, type ImageCaption } from "./compose-image";
import { renderChartSvg } from "./render-chart-svg";
import { svgToPng } from "./svg-to-png";

// What the share menu does beyond copying links. ShareMenu imports this module on first use, so that the
// overview's first screen does not download image drawing (with every ECharts chart type), nor the
// saved deck's schema library.

/** The chart with its title, filters, source and link, as an SVG image of `totalHeight` in all. */
export function chartImageSvg(
  option: EChartsOption,
  width: number,
  totalHeight: number,
  caption: ImageCaption,
): string {
  const chartHeight = totalHeight - imageHeight(0);
  return composeChartSvg(renderChartSvg(option, width, chartHeight), width, chartHeight, caption);
}

export function chartImagePng(
  option: EChartsOption,
  size: { width: number; height: number; scale: number },
  caption: ImageCaption,
): Promise<Blob> {
  return svgToPng(
    chartImageSvg(option, size.width, size.height, caption),
    size.width,
    size.height,
    size.scale,
  );
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
