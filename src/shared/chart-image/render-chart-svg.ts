import type { EChartsOption } from "echarts";
import { SVGRenderer } from "echarts/renderers";
import type { ChartPalette } from "../../components/chart/chart-palette";
import { echarts } from "../../components/chart/echarts-setup";
import "../../components/chart/modules/aria";
import "../../components/chart/modules/heatmap";
import "../../components/chart/modules/legend";
import "../../components/chart/modules/line";
import "../../components/chart/modules/tooltip";

// Images are SVG whatever draws the screen; this module (with every chart type) loads when an image is made.
echarts.use([SVGRenderer]);

/**
 * Draws an option at any size without touching the page (ECharts' server-side SVG mode): exports get
 * exactly the requested pixel size, and the text stays text. The palette is the one the option was built
 * with: ECharts draws axes and legends from its theme.
 */
export function renderChartSvg(
  option: EChartsOption,
  width: number,
  height: number,
  palette: ChartPalette,
): string {
  const chart = echarts.init(null, palette.echartsTheme, {
    renderer: "svg",
    ssr: true,
    width,
    height,
  });
  try {
    // On screen the matrix draws progressively, in slices over frames; an image has no frames to wait for.
    const series = Array.isArray(option.series)
      ? option.series.map((item) => ({ ...item, progressive: 0 }))
      : option.series;
    chart.setOption({ ...option, series, animation: false, tooltip: { show: false } });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
