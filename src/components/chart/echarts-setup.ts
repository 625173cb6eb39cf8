import { BarChart, HeatmapChart, LineChart } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { CHART_THEMES } from "./chart-themes";

// Only the modules the dashboard draws with: the full echarts bundle is several times larger.
// SVG, not canvas: crisp text at any zoom, real elements for exports and tests, and our charts hold
// at most a few hundred marks whatever the number of activities.
// AriaComponent only for its decal patterns (pattern=1): the wrapper names and describes each chart itself.
echarts.use([
  AriaComponent,
  BarChart,
  HeatmapChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

for (const [name, theme] of CHART_THEMES) echarts.registerTheme(name, theme);

export { echarts };
