import type { EChartsOption } from "echarts";

// ECharts cuts a label that overflows `axisLabel.width` itself, but to guess where to cut it first measures
// all 128 ASCII characters one by one, control characters too, whose measuring makes the browser look
// through its fallback fonts, a visible part of an embed's first chart (docs/decisions/008). Names cut here
// already fit, so ECharts measures each once and cuts nothing; its own cutting stays as the backstop.

const ELLIPSIS = "…";
const DEFAULT_FONT_SIZE = 12;
const BREAK_SLACK = 8;

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

/**
 * `text` in at most `lines` lines of `width` pixels, broken between words; what does not fit in the last
 * line is cut with an ellipsis (as is a single word wider than a line).
 */
export function wrapText(text: string, width: number, font: string, lines: number): string {
  const measure = measuringContext();
  if (!measure || lines <= 1) return fitText(text, width, font);
  measure.font = font;
  if (measure.measureText(text).width <= width) return text;
  const words = text.split(/\s+/).filter(Boolean);
  const result: string[] = [];
  let current = "";
  let index = 0;
  for (; index < words.length && result.length < lines - 1; index += 1) {
    const word = words[index] ?? "";
    const candidate = current ? `${current} ${word}` : word;
    if (measure.measureText(candidate).width <= width || !current) {
      current = candidate;
      continue;
    }
    result.push(fitText(current, width, font));
    current = word;
  }
  const rest = [current, ...words.slice(index)].filter(Boolean).join(" ");
  return [...result, fitText(rest, width, font)].join("\n");
}

interface CategoryAxis {
  type?: string;
  data?: unknown[];
  axisLabel?: {
    width?: number;
    height?: number;
    lineHeight?: number;
    overflow?: string;
    fontSize?: number;
    fontFamily?: string;
  };
}

/** How many lines a breaking label may take: its height over its line height (one without both). */
const linesOf = (label: NonNullable<CategoryAxis["axisLabel"]>) =>
  label.height && label.lineHeight ? Math.max(1, Math.floor(label.height / label.lineHeight)) : 1;

function fitAxis(axis: CategoryAxis, fontFamily: string): CategoryAxis {
  const label = axis.axisLabel;
  const overflow = label?.overflow;
  if (axis.type !== "category" || !axis.data || !label?.width) return axis;
  if (overflow !== "truncate" && overflow !== "break") return axis;
  // ECharts keeps a pixel in hand: it cuts what is wider than width - 1 (zrender's prepareTruncateOptions).
  const width = label.width - 1;
  const font = `${label.fontSize ?? DEFAULT_FONT_SIZE}px ${label.fontFamily ?? fontFamily}`;
  // ECharts breaks a line by adding up its characters' widths, which comes out wider than the line
  // measured whole: lines are kept a little short of the width, or ECharts would break them again.
  const fit = (text: string) =>
    overflow === "break"
      ? wrapText(text, width - BREAK_SLACK, font, linesOf(label))
      : fitText(text, width, font);
  return { ...axis, data: axis.data.map((item) => (typeof item === "string" ? fit(item) : item)) };
}

function fitAxes(axes: unknown, fontFamily: string): unknown {
  if (Array.isArray(axes)) return axes.map((axis: CategoryAxis) => fitAxis(axis, fontFamily));
  return axes && typeof axes === "object" ? fitAxis(axes as CategoryAxis, fontFamily) : axes;
}

/**
 * The option with the names on its truncating category axes cut to fit before ECharts measures them, and
 * those of its breaking ones (`overflow: "break"`, with a height of whole lines) wrapped between words
 * into those lines, the last one cut if need be: long names show in two lines before they are cut.
 */
export function fitAxisLabels(option: EChartsOption): EChartsOption {
  const fontFamily = (option.textStyle as { fontFamily?: string } | undefined)?.fontFamily ?? "sans-serif";
  const fittedOption = { ...option };
  if (option.xAxis) fittedOption.xAxis = fitAxes(option.xAxis, fontFamily) as EChartsOption["xAxis"];
  if (option.yAxis) fittedOption.yAxis = fitAxes(option.yAxis, fontFamily) as EChartsOption["yAxis"];
  return fittedOption;
}
