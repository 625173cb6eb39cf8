import type { EChartsOption } from "echarts";
import { fixStyleQuotes } from "../chart-image/safe-svg";
import { renderChartSvg } from "../chart-image/render-chart-svg";
import { svgToPng } from "../chart-image/svg-to-png";
import { DOCUMENT_PALETTE } from "./document-palette";

/** A chart alone as PNG bytes (built in the document palette), drawn at `scale` times its CSS size. */
export async function chartPng(
  option: EChartsOption,
  width: number,
  height: number,
  scale: number,
): Promise<Uint8Array> {
  const png = await svgToPng(
    fixStyleQuotes(renderChartSvg(option, width, height, DOCUMENT_PALETTE)),
    width,
    height,
    scale,
  );
  return new Uint8Array(await png.arrayBuffer());
}
