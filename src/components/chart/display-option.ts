import type { EChartsOption } from "echarts";
import { isDarkTheme, type Theme } from "../../url-state/display-params";
import type { ChartDisplay } from "./chart-theme";

// Option builders draw in the light palette and stay theme-free (pure functions of the data). The few
// colours they name (ink, muted, brand, up/down, heat scale) are swapped here for their counterparts on
// a dark or high-contrast background. The SDG colours are official and never swapped; the sector colours
// keep 3:1 on the dark backgrounds as they are, and are deepened for high contrast (sector-colors.test.ts).
const DARK_SWAPS: Record<string, string> = {
  "#1b2330": "#e6eaf0",
  "#4f5b6b": "#b7c0cc",
  "#0b4f8a": "#7cc4ff",
  "#1e6b3a": "#6fd08c",
  "#a4161a": "#ff8a8a",
  "#b7791f": "#e0a640",
  "#f3f6fa": "#1f2731",
  "#9ecae1": "#2f6fa3",
};

/** The heatmap's scale, light to dark; on dark backgrounds it runs dark to mid blue so labels stay white. */
export const HEAT_SCALE = ["#f3f6fa", "#9ecae1", "#0b4f8a"] as const;
const DARK_HEAT_SCALE = ["#1f2731", "#1f4a73", "#2e6aa8"];

export const COLOR_SWAPS: Record<Theme, Readonly<Record<string, string>>> = {
  light: {},
  dark: DARK_SWAPS,
  // High contrast also deepens the sector colours that are lighter than 3:1 on white (orange, pink, grey).
  contrast: {
    "#1b2330": "#000000",
    "#4f5b6b": "#000000",
    "#0b4f8a": "#003a75",
    "#e69f00": "#a86a00",
    "#009e73": "#008060",
    "#cc79a7": "#b5548a",
    "#999999": "#767676",
  },
  "contrast-dark": { ...DARK_SWAPS, "#1b2330": "#ffffff", "#4f5b6b": "#ffffff" },
};

const isHeatScale = (value: readonly unknown[]) =>
  value.length === HEAT_SCALE.length && value.every((item, index) => item === HEAT_SCALE[index]);

function swapColors(value: unknown, swaps: Readonly<Record<string, string>>, dark: boolean): unknown {
  if (typeof value === "string") return swaps[value.toLowerCase()] ?? value;
  if (Array.isArray(value)) {
    if (dark && isHeatScale(value)) return DARK_HEAT_SCALE;
    return value.map((item) => swapColors(item, swaps, dark));
  }
  // Plain objects only: formatter functions and anything ECharts-made pass through untouched.
  if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, swapColors(item, swaps, dark)]),
    );
  }
  return value;
}

/**
 * ECharts' aria module fills each series with a pattern as well as a colour. Its generated description
 * stays off: the wrapper names and describes every chart itself.
 */
export const PATTERN_OPTION = { aria: { enabled: true, label: { enabled: false }, decal: { show: true } } };

/** The option as drawn for a display: the theme's colours, the legend if wanted, and patterns if asked. */
export function displayOption(
  option: EChartsOption,
  { tone, showLegend, pattern }: Pick<ChartDisplay, "tone" | "showLegend" | "pattern">,
): EChartsOption {
  const swaps = COLOR_SWAPS[tone];
  let shown =
    Object.keys(swaps).length > 0 ? (swapColors(option, swaps, isDarkTheme(tone)) as EChartsOption) : option;
  if (!showLegend && shown.legend)
    shown = { ...shown, legend: { show: false }, grid: { ...shown.grid, top: 8 } };
  if (pattern) shown = { ...shown, ...PATTERN_OPTION };
  return shown;
}
