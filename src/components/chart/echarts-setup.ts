import { BarChart } from "echarts/charts";
import { GridSimpleComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { CHART_THEMES } from "./chart-themes";

// Only what a bar chart on screen needs: the full echarts bundle is several times larger. Legends,
// heatmaps and lines are registered by chart-modules.ts when an option first asks for them, so that an
// embedded bar chart never downloads them; the tooltip when someone first points at a chart.
// Canvas on screen, where it redraws five charts per filter click faster than SVG; exports draw SVG with their own renderer (shared/chart-image/render-chart-svg.ts).
echarts.use([BarChart, GridSimpleComponent, CanvasRenderer]);

// Our wrapper names and describes each chart itself (and hides the canvas); ECharts' aria module loads
// only for its decal patterns (pattern=1, see chart-modules.ts).
for (const [name, theme] of CHART_THEMES) echarts.registerTheme(name, theme);

/**
 * What echarts-for-react calls on its `echarts` prop. Handing it these three rather than the `echarts/core`
 * namespace keeps tree-shaking at work: a namespace passed as a value brings every export of
 * echarts/core (geo parsing, graphic helpers) into every page.
 */
export const echartsEntry = {
  init: echarts.init,
  dispose: echarts.dispose,
  getInstanceByDom: echarts.getInstanceByDom,
};

export { echarts };
