import type { Theme } from "../../url-state/display-params";

/**
 * The colours a chart takes from its theme, by role. Option builders take one and colour only from it (or
 * from the data: SDG, sector and line colours); ECharts draws axes, legends and tooltips from the theme
 * registered for it (chart-themes.ts). Values match the CSS themes in styles/themes.css.
 */
export interface ChartPalette {
  theme: Theme;
  /** The ECharts theme registered from this palette (echarts-setup.ts). */
  echartsTheme: string;
  dark: boolean;
  /** The card or image surface the chart is drawn on. */
  background: string;
  /** Text a builder colours itself: panel titles, emphasised labels. */
  ink: string;
  muted: string;
  /** What ECharts writes by itself: legend, axis names, visual map. */
  chromeText: string;
  axisLabel: string;
  /** Numbers ECharts writes beside bars and above points. */
  valueLabel: string;
  axisLine: string;
  splitLine: string;
  tooltipBackground: string;
  tooltipBorder: string;
  tooltipText: string;
  /** The outline of a selected bar and of the cell under the pointer. */
  selection: string;
  /** High contrast outlines every bar and cell, so that any data colour stands out from the background. */
  markOutline: string | null;
  /** Marks of a single series (lines, dots) that carry no data colour. */
  accent: string;
  up: string;
  down: string;
  same: string;
  /** "No change" labels: text needs more contrast than the grey bar beside it. */
  sameText: string;
  /** A figure that does not compare with the one before (a change of unit or method). */
  warning: string;
  /** The heatmap's scale from no activities to the most; its labels take ECharts' automatic contrast. */
  heatScale: readonly [string, string, string];
}

const LIGHT: ChartPalette = {
  theme: "light",
  echartsTheme: "wsis-light",
  dark: false,
  background: "#ffffff",
  ink: "#1b2330",
  muted: "#4f5b6b",
  // ECharts' own light defaults (echarts/lib/visual/tokens.js): the light charts look as they always did.
  chromeText: "#54555a",
  axisLabel: "#54555a",
  valueLabel: "#333333",
  axisLine: "#54555a",
  splitLine: "#dbdee4",
  tooltipBackground: "#ffffff",
  tooltipBorder: "#b7b9be",
  tooltipText: "#6d6e73",
  selection: "#1b2330",
  markOutline: null,
  accent: "#0b4f8a",
  up: "#1e6b3a",
  down: "#a4161a",
  same: "#8a97a8",
  sameText: "#4f5b6b",
  warning: "#b7791f",
  heatScale: ["#f3f6fa", "#9ecae1", "#0b4f8a"],
};

const DARK: ChartPalette = {
  theme: "dark",
  echartsTheme: "wsis-dark",
  dark: true,
  background: "#161b22",
  ink: "#e6eaf0",
  muted: "#b7c0cc",
  chromeText: "#e6eaf0",
  axisLabel: "#d5dbe4",
  valueLabel: "#cccccc",
  axisLine: "#8b97a8",
  splitLine: "#3a4556",
  tooltipBackground: "#1f2731",
  tooltipBorder: "#8b97a8",
  tooltipText: "#e6eaf0",
  selection: "#e6eaf0",
  markOutline: null,
  accent: "#7cc4ff",
  up: "#6fd08c",
  down: "#ff8a8a",
  same: "#8a97a8",
  sameText: "#b7c0cc",
  warning: "#e0a640",
  // Dark to mid blue, so that the white labels ECharts picks on a dark chart stay legible.
  heatScale: ["#1f2731", "#1f4a73", "#2e6aa8"],
};

const CONTRAST: ChartPalette = {
  ...LIGHT,
  theme: "contrast",
  echartsTheme: "wsis-contrast",
  ink: "#000000",
  muted: "#000000",
  chromeText: "#000000",
  axisLabel: "#000000",
  valueLabel: "#000000",
  axisLine: "#000000",
  splitLine: "#767676",
  tooltipBorder: "#000000",
  tooltipText: "#000000",
  selection: "#000000",
  markOutline: "#000000",
  accent: "#003a75",
  sameText: "#000000",
  heatScale: ["#f3f6fa", "#9ecae1", "#003a75"],
};

const CONTRAST_DARK: ChartPalette = {
  ...DARK,
  theme: "contrast-dark",
  echartsTheme: "wsis-contrast-dark",
  background: "#000000",
  ink: "#ffffff",
  muted: "#ffffff",
  chromeText: "#ffffff",
  axisLabel: "#ffffff",
  valueLabel: "#ffffff",
  axisLine: "#ffffff",
  splitLine: "#8a8a8a",
  tooltipBackground: "#000000",
  tooltipBorder: "#ffffff",
  tooltipText: "#ffffff",
  selection: "#ffffff",
  markOutline: "#ffffff",
  sameText: "#ffffff",
};

export const CHART_PALETTES: Readonly<Record<Theme, ChartPalette>> = {
  light: LIGHT,
  dark: DARK,
  contrast: CONTRAST,
  "contrast-dark": CONTRAST_DARK,
};

/** What builders draw with when no theme is named: tests, and exports that keep to light paper. */
export const LIGHT_PALETTE = LIGHT;

/** The outline every bar or cell gets in high contrast (nothing otherwise). */
export function markOutline(palette: ChartPalette): { borderColor?: string; borderWidth?: number } {
  return palette.markOutline ? { borderColor: palette.markOutline, borderWidth: 1 } : {};
}
