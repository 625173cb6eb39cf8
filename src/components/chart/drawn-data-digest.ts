import type { EChartsOption } from "echarts";

function sumOf(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : 0;
  if (Array.isArray(value)) return value.reduce((total: number, item) => total + sumOf(item), 0);
  if (typeof value === "object" && value !== null && "value" in value) return sumOf(value.value);
  return 0;
}

/**
 * The numbers a chart was drawn with, one sum per series ("12,40"): the canvas cannot be read back, so
 * tests compare what a chart shows through this.
 */
export function drawnDataDigest(option: EChartsOption): string {
  const series = option.series;
  const list = Array.isArray(series) ? series : series ? [series] : [];
  return list.map((item) => sumOf((item as { data?: unknown }).data)).join(",");
}
