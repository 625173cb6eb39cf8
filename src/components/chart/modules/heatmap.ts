import { HeatmapChart } from "echarts/charts";
import { VisualMapContinuousComponent } from "echarts/components";
import { echarts } from "../echarts-setup";

// The matrix's colour scale is continuous; the piecewise kind (VisualMapComponent registers both) is unused.
echarts.use([HeatmapChart, VisualMapContinuousComponent]);
