import { LineChart } from "echarts/charts";
import { echarts } from "../echarts-setup";

echarts.use([LineChart]);
