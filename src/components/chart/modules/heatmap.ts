import { HeatmapChart } from "echarts/charts";
import { VisualMapComponent } from "echarts/components";
import { echarts } from "../echarts-setup";

echarts.use([HeatmapChart, VisualMapComponent]);
