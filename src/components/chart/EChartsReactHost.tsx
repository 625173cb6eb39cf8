import EChartsReactCore from "echarts-for-react/esm/core";
import { useMemo } from "react";
import { hostAttributes, type ChartHostProps } from "./chart-host-context";
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
      onChartReady={onChartReady}
      style={style}
      {...hostAttributes({ theme, patterns, drawState, drawnData })}
    />
  );
}
