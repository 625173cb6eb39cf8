import type { ECharts } from "echarts";
import EChartsReactCore from "echarts-for-react/esm/core";

/**
 * echarts-for-react's core component, with each chart initialised once. Its own initEchartsInstance
 * creates a temporary chart, waits for that chart's "finished" event (an animation frame later), disposes
 * it and creates the real one with the size the element then has: two inits and a frame's wait before
 * every chart's first draw. Our chart hosts have their size when they mount (a fixed height, the card's
 * width), and the component's resize sensor follows any later change.
 */
export class EChartsReact extends EChartsReactCore {
  override initEchartsInstance(): Promise<ECharts> {
    return Promise.resolve(this.echarts.init(this.ele, this.props.theme, this.props.opts) as ECharts);
  }
}
