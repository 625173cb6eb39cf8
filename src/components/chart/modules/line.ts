import { LineChart } from "echarts/charts";
import { LabelLayout } from "echarts/features";
import { echarts } from "../echarts-setup";

// LabelLayout is what makes `labelLayout: { hideOverlap: true }` work: without it the figures above a
// line chart's points run into one another on a phone.
echarts.use([LineChart, LabelLayout]);
