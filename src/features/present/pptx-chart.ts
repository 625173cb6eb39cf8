import type PptxGenJS from "pptxgenjs";
import type { ChartData } from "../../components/chart/chart-data";
import { SLIDE_POINTS } from "../../components/chart/type-scale";
import { SLIDE_PALETTE } from "./slide-palette";

type ChartOptions = PptxGenJS.IChartOpts;
type ChartSeries = Array<{ name: string; labels: string[]; values: Array<number | null> }>;
type TableRows = PptxGenJS.TableRow[];

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const hex = (color: string) => color.replace(/^#/, "").toUpperCase();

export const FONT = "Calibri";
// Text and tints in the slide palette; the grid and header fills below are the slide layout's own.
export const INK = hex(SLIDE_PALETTE.ink);
export const MUTED = hex(SLIDE_PALETTE.muted);
const PAPER = hex(SLIDE_PALETTE.background);
const GRID = "D5DBE3";
const DENSE_AXIS = 12;

function mix(color: string, other: string, amount: number): string {
  const channel = (value: string, at: number) => Number.parseInt(value.slice(at, at + 2), 16);
  const [a, b] = [hex(color), hex(other)];
  return [0, 2, 4]
    .map((at) => Math.round(channel(a, at) * (1 - amount) + channel(b, at) * amount))
    .map((value) => value.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}

/** A selection fades the other bars to a tint of their colour; their labels stay dark and readable. */
const fade = (color: string) => mix(color, PAPER, 0.6);

const text = {
  catAxisLabelFontFace: FONT,
  catAxisLabelFontSize: SLIDE_POINTS.label,
  catAxisLabelColor: INK,
  valAxisLabelFontFace: FONT,
  valAxisLabelFontSize: SLIDE_POINTS.label,
  valAxisLabelColor: MUTED,
  dataLabelFontFace: FONT,
  dataLabelFontSize: SLIDE_POINTS.value,
  dataLabelColor: INK,
  legendFontFace: FONT,
  legendFontSize: SLIDE_POINTS.legend,
  legendColor: INK,
  valAxisTitleFontSize: SLIDE_POINTS.axisName,
  catAxisTitleFontSize: SLIDE_POINTS.axisName,
  titleFontSize: SLIDE_POINTS.title,
} satisfies ChartOptions;

export interface NativeChart {
  type: "bar";
  series: ChartSeries;
  options: ChartOptions;
}

/**
 * A chart's numbers as a native PowerPoint chart: the data is embedded (PowerPoint's and LibreOffice's
 * "Edit data" shows it), categories are written in full (PowerPoint wraps them), bars carry their values.
 */
export function nativeChart(data: ChartData, box: Box, rtl: boolean): NativeChart | undefined {
  const position = { ...box, ...text };
  if (data.kind === "bars") {
    const anySelected = data.categories.some((category) => category.selected);
    return {
      type: "bar",
      series: [
        {
          name: data.seriesName,
          labels: data.categories.map((category) => category.label),
          values: data.categories.map((category) => category.count),
        },
      ],
      options: {
        ...position,
        barDir: "bar",
        // First category on top, as on screen; right to left, the bars grow leftwards.
        catAxisOrientation: "maxMin" as "minMax",
        valAxisOrientation: (rtl ? "maxMin" : "minMax") as "minMax",
        chartColors: data.categories.map((category) =>
          anySelected && !category.selected ? fade(category.color) : hex(category.color),
        ),
        barGapWidthPct: 40,
        // Every category named, never every other one: LibreOffice skips every other 14 pt name of the
        // seventeen SDGs as overlapping, and names them all at 13 pt.
        catAxisLabelFrequency: "1",
        ...(data.categories.length > DENSE_AXIS ? { catAxisLabelFontSize: SLIDE_POINTS.label - 1 } : {}),
        showValue: true,
        dataLabelPosition: "outEnd",
        valAxisHidden: true,
        valGridLine: { style: "none" },
        catAxisLineShow: false,
        showLegend: false,
      },
    };
  }
  if (data.kind === "stacked") {
    // The axis names categories as on screen (line codes, years): full action line names under
    // columns would leave no room for the columns.
    const labels = data.categories.map((category) => category.value);
    return {
      type: "bar",
      series: data.series.map((item) => ({ name: item.name, labels, values: [...item.values] })),
      options: {
        ...position,
        barDir: "col",
        barGrouping: "stacked",
        catAxisOrientation: (rtl ? "maxMin" : "minMax") as "minMax",
        chartColors: data.series.map((item) => hex(item.color)),
        barGapWidthPct: 50,
        showValue: true,
        dataLabelPosition: "ctr",
        dataLabelColor: "FFFFFF",
        // Zero parts of a stack are not written on it.
        dataLabelFormatCode: "#,##0;;;",
        valGridLine: { color: GRID, size: 0.5 },
        showLegend: true,
        legendPos: "t",
      },
    };
  }
  return undefined;
}

/** The action line × SDG matrix as a native table: each cell shaded by its count, as on the heatmap. */
export function matrixTable(data: Extract<ChartData, { kind: "matrix" }>): TableRows {
  const max = Math.max(1, ...data.counts.flat());
  const [low, middle, high] = SLIDE_PALETTE.heatScale;
  const shade = (count: number) => {
    const share = count / max;
    return share <= 0.5 ? mix(low, middle, share * 2) : mix(middle, high, (share - 0.5) * 2);
  };
  const cell = {
    fontFace: FONT,
    fontSize: SLIDE_POINTS.footnote,
    align: "center" as const,
    valign: "middle" as const,
    margin: 0.02,
  };
  const header: TableRows[number] = [
    { text: data.rowHeader, options: { ...cell, bold: true, color: INK, fill: { color: "EEF1F5" } } },
    ...data.columns.map((column) => ({
      text: column,
      options: { ...cell, bold: true, color: INK, fill: { color: "EEF1F5" } },
    })),
  ];
  const rows = data.rows.map((row, index) => [
    { text: row.code, options: { ...cell, bold: true, color: INK, fill: { color: "EEF1F5" } } },
    ...(data.counts[index] ?? []).map((count) => ({
      text: count > 0 ? String(count) : "",
      options: { ...cell, color: count / max > 0.5 ? "FFFFFF" : INK, fill: { color: shade(count) } },
    })),
  ]);
  return [header, ...rows];
}
