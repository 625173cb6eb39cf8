import type { EChartsOption } from "echarts";
import { createContext, useContext, useEffect, type CSSProperties, type ReactNode } from "react";

/** The ECharts instance as EChart uses it: its keyboard twin dispatches tooltips. */
export interface DrawnChart {
  dispatchAction(action: { type: string; seriesIndex?: number; dataIndex?: number }): void;
  isDisposed(): boolean;
}

export interface ChartHostProps {
  option: EChartsOption;
  /** A registered ECharts theme (chart-themes.ts). */
  theme: string;
  /** A registered ECharts locale, or undefined for ECharts' own. */
  locale: string | undefined;
  /** Components replaced, not merged, when the option changes (base-option.ts). */
  replaceMerge: string[];
  /** ECharts events by name; handlers may change between renders. */
  onEvents: Readonly<Record<string, (params: never) => void>>;
  /** Once the instance has drawn its first option. */
  onChartReady: (chart: DrawnChart) => void;
  style: CSSProperties;
  /** Whether the option draws decal patterns, said on the host for tests and debugging. */
  patterns: boolean;
  /** Where the drawing stands (use-chart-drawing.ts), said on the host for tests and the stale style. */
  drawState: string;
  /** A digest of the data drawn (drawn-data-digest.ts), said on the host for tests and debugging. */
  drawnData: string;
}

/** Draws a chart's instance; `preload` brings its code in when the first chart mounts. */
export type ChartHostRenderer = ((props: ChartHostProps) => ReactNode) & { preload?: () => unknown };

/**
 * What draws a chart's instance, said by the page: the app's frame gives echarts-for-react's component
 * (EChartsReactHost), an embed the plain host (chart-host.tsx). This module holds no ECharts code, so a
 * page without charts that names a host does not load ECharts.
 */
export const ChartHostContext = createContext<ChartHostRenderer | null>(null);

/** The host's empty box of the same size, while no instance draws (no host yet, or its code on the way). */
export function ChartHostPlaceholder({ style, drawState }: ChartHostProps) {
  return <div className="echarts-for-react" style={style} aria-hidden="true" data-chart-state={drawState} />;
}

/** Starts loading the page's chart host, if it loads on demand. */
export function usePreloadedChartHost(): void {
  const renderHost = useContext(ChartHostContext);
  useEffect(() => {
    renderHost?.preload?.();
  }, [renderHost]);
}

/** The instance host the page's ChartHostContext names. */
export function ChartHost(props: ChartHostProps) {
  const renderHost = useContext(ChartHostContext);
  return renderHost ? renderHost(props) : <ChartHostPlaceholder {...props} />;
}
