import { CONTRAST_DARK_THEME, CONTRAST_THEME, DARK_THEME } from "./chart-theme";

interface Tones {
  dark: boolean;
  text: string;
  axisLabel: string;
  axisLine: string;
  splitLine: string;
  tooltipBackground: string;
  tooltipBorder: string;
}

/** One ECharts theme from a few tones: text, axes, grid lines and the HTML tooltip. */
function chartTheme(tones: Tones) {
  const axis = {
    axisLine: { lineStyle: { color: tones.axisLine } },
    axisTick: { lineStyle: { color: tones.axisLine } },
    axisLabel: { color: tones.axisLabel },
    nameTextStyle: { color: tones.text },
    splitLine: { lineStyle: { color: [tones.splitLine] } },
  };
  return {
    // The page draws the background; darkMode tells ECharts to pick light label colours outside bars
    // and keep its automatic contrast for labels inside marks (the heatmap's numbers).
    backgroundColor: "transparent",
    darkMode: tones.dark,
    legend: { textStyle: { color: tones.text } },
    categoryAxis: axis,
    valueAxis: axis,
    visualMap: { textStyle: { color: tones.text } },
    tooltip: {
      backgroundColor: tones.tooltipBackground,
      borderColor: tones.tooltipBorder,
      textStyle: { color: tones.text },
    },
  };
}

/** Registered once at start (echarts-setup.ts); colours match the CSS themes in styles/themes.css. */
export const CHART_THEMES: ReadonlyArray<[string, object]> = [
  [
    DARK_THEME,
    chartTheme({
      dark: true,
      text: "#e6eaf0",
      axisLabel: "#d5dbe4",
      axisLine: "#8b97a8",
      splitLine: "#3a4556",
      tooltipBackground: "#1f2731",
      tooltipBorder: "#8b97a8",
    }),
  ],
  [
    CONTRAST_THEME,
    chartTheme({
      dark: false,
      text: "#000000",
      axisLabel: "#000000",
      axisLine: "#000000",
      splitLine: "#767676",
      tooltipBackground: "#ffffff",
      tooltipBorder: "#000000",
    }),
  ],
  [
    CONTRAST_DARK_THEME,
    chartTheme({
      dark: true,
      text: "#ffffff",
      axisLabel: "#ffffff",
      axisLine: "#ffffff",
      splitLine: "#8a8a8a",
      tooltipBackground: "#000000",
      tooltipBorder: "#ffffff",
    }),
  ],
];
