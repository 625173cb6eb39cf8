import { AriaComponent } from "echarts/components";
import { echarts } from "../echarts-setup";

// Only for its decal patterns (pattern=1); its generated chart descriptions stay off (display-option.ts).
echarts.use([AriaComponent]);
