import { BarChart, HeatmapChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { DARK_THEME } from "./chart-theme";

// Only the modules the dashboard draws with: the full echarts bundle is several times larger.
// SVG, not canvas: crisp text at any zoom, real elements for exports and tests, and our charts hold
// at most a few hundred marks whatever the number of activities.
echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

// Our wrapper names and describes each chart itself (and hides the SVG), so ECharts' aria module is not loaded.
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
