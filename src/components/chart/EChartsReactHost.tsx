import EChartsReactCore from "echarts-for-react/esm/core";
import { useCallback, useMemo, useRef } from "react";
import { hostAttributes, type ChartHostProps, type DrawnChart } from "./chart-host-context";
import { echartsEntry } from "./echarts-setup";

/** The app's chart host: echarts-for-react's core component, part of the app's fixed stack. */
export function EChartsReactHost({
  option,
  theme,
  locale,
  replaceMerge,
  onEvents,
  onChartReady,
  style,
  patterns,
  drawState,
  drawnData,
}: ChartHostProps) {
  // echarts-for-react makes a temporary instance first and swaps in the real one once that has finished.
  // An option set on the temporary one makes it finish inside ECharts' own animation frame, where its
  // disposal makes zrender throw; so options wait for the real instance, which starts from the latest.
  const ready = useRef(false);
  const shouldSetOption = useCallback(() => ready.current, []);
  const chartReady = useCallback(
    (chart: DrawnChart) => {
      ready.current = true;
      onChartReady(chart);
    },
    [onChartReady],
  );
  const opts = useMemo(
    () => (locale ? { renderer: "canvas" as const, locale } : { renderer: "canvas" as const }),
    [locale],
  );
  return (
    <EChartsReactCore
      echarts={echartsEntry}
      option={option}
      theme={theme}
      opts={opts}
      notMerge={false}
      replaceMerge={replaceMerge}
      onEvents={onEvents}
      onChartReady={chartReady}
      shouldSetOption={shouldSetOption}
      style={style}
      {...hostAttributes({ theme, patterns, drawState, drawnData })}
    />
  );
}
