import type { EChartsOption } from "echarts";

// ECharts cuts a label that overflows `axisLabel.width` itself, but to guess where to cut it first measures
// all 128 ASCII characters one by one, control characters too, whose measuring makes the browser look
// through its fallback fonts: about 30 ms of an embed's first chart (a load profile). Names cut here
// already fit, so ECharts measures each once and cuts nothing; its own cutting stays as the backstop.

const ELLIPSIS = "…";
const DEFAULT_FONT_SIZE = 12;

let context: CanvasRenderingContext2D | null | undefined;

function measuringContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      context = document.createElement("canvas").getContext("2d");
    } catch {
      context = null;
    }
  }
  return context;
}

// Filter clicks redraw the same names: each is measured once.
const fitted = new Map<string, string>();

/** `text` as it fits in `width` pixels in `font`: whole, or its longest start that fits with an ellipsis. */
export function fitText(text: string, width: number, font: string): string {
  const key = `${font}|${width}|${text}`;
  let fit = fitted.get(key);
  if (fit === undefined) {
    fit = cut(text, width, font);
    if (fitted.size > 1000) fitted.clear();
    fitted.set(key, fit);
  }
  return fit;
}

function cut(text: string, width: number, font: string): string {
  const measure = measuringContext();
  if (!measure) return text;
  measure.font = font;
  if (measure.measureText(text).width <= width) return text;
  const characters = [...text];
  let fits = 0;
  let tooLong = characters.length;
  while (tooLong - fits > 1) {
    const middle = (fits + tooLong) >> 1;
    const candidate = `${characters.slice(0, middle).join("").trimEnd()}${ELLIPSIS}`;
    if (measure.measureText(candidate).width <= width) fits = middle;
    else tooLong = middle;
  }
  return `${characters.slice(0, fits).join("").trimEnd()}${ELLIPSIS}`;
}

interface CategoryAxis {
  type?: string;
  data?: unknown[];
  axisLabel?: { width?: number; overflow?: string; fontSize?: number; fontFamily?: string };
}

function fitAxis(axis: CategoryAxis, fontFamily: string): CategoryAxis {
  const label = axis.axisLabel;
  if (axis.type !== "category" || !axis.data || label?.overflow !== "truncate" || !label.width) return axis;
  // ECharts keeps a pixel in hand: it cuts what is wider than width - 1 (zrender's prepareTruncateOptions).
  const width = label.width - 1;
  const font = `${label.fontSize ?? DEFAULT_FONT_SIZE}px ${label.fontFamily ?? fontFamily}`;
  return {
    ...axis,
    data: axis.data.map((item) => (typeof item === "string" ? fitText(item, width, font) : item)),
  };
}

function fitAxes(axes: unknown, fontFamily: string): unknown {
  if (Array.isArray(axes)) return axes.map((axis: CategoryAxis) => fitAxis(axis, fontFamily));
  return axes && typeof axes === "object" ? fitAxis(axes as CategoryAxis, fontFamily) : axes;
}

/** The option with the names on its truncating category axes cut to fit before ECharts measures them. */
export function fitAxisLabels(option: EChartsOption): EChartsOption {
  const fontFamily = (option.textStyle as { fontFamily?: string } | undefined)?.fontFamily ?? "sans-serif";
  const fittedOption = { ...option };
  if (option.xAxis) fittedOption.xAxis = fitAxes(option.xAxis, fontFamily) as EChartsOption["xAxis"];
  if (option.yAxis) fittedOption.yAxis = fitAxes(option.yAxis, fontFamily) as EChartsOption["yAxis"];
  return fittedOption;
}
