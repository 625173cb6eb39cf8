import { BarChart } from "echarts/charts";
import { GridSimpleComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { DARK_THEME } from "./chart-theme";

// Only what a bar chart on screen needs: the full echarts bundle is several times larger. Legends,
// heatmaps and lines are registered by chart-modules.ts when an option first asks for them, so that an
// embedded bar chart never downloads them; the tooltip when someone first points at a chart. Canvas on screen: measured faster than SVG when filters redraw
// five charts (npm run bench); exports draw SVG with their own renderer (features/share/render-chart-svg.ts).
echarts.use([BarChart, GridSimpleComponent, CanvasRenderer]);

// Our wrapper names and describes each chart itself (and hides the canvas), so ECharts' aria module is not loaded.
echarts.registerTheme(DARK_THEME, {
  backgroundColor: "transparent",
  textStyle: { color: "#e6eaf0" },
  legend: { textStyle: { color: "#e6eaf0" } },
  categoryAxis: {
    axisLine: { lineStyle: { color: "#8b97a8" } },
    axisLabel: { color: "#d5dbe4" },
    splitLine: { lineStyle: { color: ["#3a4556"] } },
  },
  valueAxis: {
    axisLine: { lineStyle: { color: "#8b97a8" } },
    axisLabel: { color: "#d5dbe4" },
    splitLine: { lineStyle: { color: ["#3a4556"] } },
  },
  visualMap: { textStyle: { color: "#e6eaf0" } },
});

export { echarts };
