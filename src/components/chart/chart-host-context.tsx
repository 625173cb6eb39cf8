import type { EChartsOption } from "echarts";
import { createContext, useContext, useEffect, type CSSProperties, type ReactNode } from "react";
import { PRERENDERED_CHART_ATTRIBUTE } from "./chart-prerender";

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

type HostAttributeProps = Pick<ChartHostProps, "theme" | "patterns" | "drawState"> &
  Partial<Pick<ChartHostProps, "drawnData">>;

/**
 * The attributes of the element an instance draws into, the same whichever host draws it: the canvas
 * cannot be read back, so they say what it was drawn with, for tests, debugging and the stale style.
 */
export function hostAttributes({ theme, patterns, drawState, drawnData }: HostAttributeProps) {
  return {
    "aria-hidden": true,
    "data-echarts-theme": theme,
    "data-patterns": patterns ? "on" : "off",
    "data-chart-state": drawState,
    "data-drawn-data": drawnData,
  } as const;
}

/** A prerendered chart's SVG, which the placeholder holds until the instance draws over it. */
export interface PrerenderedBox {
  id: string;
  svg: string;
  /** The chart's option has changed since: the SVG shows older numbers and is hidden (global.css). */
  outdated: boolean;
}

type PlaceholderProps = HostAttributeProps & Pick<ChartHostProps, "style"> & { prerendered?: PrerenderedBox };

/** The host's box of the same size, while no instance draws: empty, or holding the prerendered SVG. */
export function ChartHostPlaceholder({ style, prerendered, ...attributes }: PlaceholderProps) {
  return (
    <div
      className="echarts-for-react"
      style={style}
      {...hostAttributes(attributes)}
      {...(prerendered && {
        [PRERENDERED_CHART_ATTRIBUTE]: prerendered.id,
        dangerouslySetInnerHTML: { __html: prerendered.svg },
        "data-prerender-outdated": prerendered.outdated ? "" : undefined,
      })}
    />
  );
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
