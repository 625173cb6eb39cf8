import { LegendComponent } from "echarts/components";
import { echarts } from "../echarts-setup";

echarts.use([LegendComponent]);
