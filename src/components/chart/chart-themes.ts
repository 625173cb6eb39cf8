import { CHART_PALETTES, type ChartPalette } from "./chart-palette";

// ECharts types a theme as a loose dictionary and does not export the name.
type ThemeOption = Record<string, unknown>;

/** A palette as an ECharts theme: what ECharts draws by itself (text, axes, grid lines, the HTML tooltip). */
export function chartTheme(palette: ChartPalette): ThemeOption {
  const axis = {
    axisLine: { lineStyle: { color: palette.axisLine } },
    axisTick: { lineStyle: { color: palette.axisLine } },
    axisLabel: { color: palette.axisLabel },
    nameTextStyle: { color: palette.chromeText },
    splitLine: { lineStyle: { color: [palette.splitLine] } },
  };
  const valueLabel = { color: palette.valueLabel, textBorderColor: palette.background, textBorderWidth: 2 };
  return {
    // The page draws the background; darkMode tells ECharts to pick light label colours outside bars
    // and keep its automatic contrast for labels inside marks (the heatmap's numbers).
    backgroundColor: "transparent",
    darkMode: palette.dark,
    legend: { textStyle: { color: palette.chromeText } },
    categoryAxis: axis,
    valueAxis: axis,
    visualMap: { textStyle: { color: palette.chromeText } },
    // Series defaults by type: the numbers beside bars and above points, with the halo in the background's
    // colour that ECharts gives its own label colours (heatmap cells keep ECharts' automatic contrast).
    bar: { label: valueLabel },
    line: { label: valueLabel },
    tooltip: {
      backgroundColor: palette.tooltipBackground,
      borderColor: palette.tooltipBorder,
      textStyle: { color: palette.tooltipText },
    },
  };
}

/** Registered once at start (echarts-setup.ts), one per app theme. */
export const CHART_THEMES: ReadonlyArray<[string, ThemeOption]> = Object.values(CHART_PALETTES).map(
  (palette) => [palette.echartsTheme, chartTheme(palette)],
);
