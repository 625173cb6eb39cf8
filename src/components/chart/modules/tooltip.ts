import { TooltipComponent } from "echarts/components";
import { echarts } from "../echarts-setup";

echarts.use([TooltipComponent]);
