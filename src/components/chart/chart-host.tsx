import type { EChartsOption } from "echarts";
import { createContext, useContext, useEffect, useRef, type CSSProperties, type ReactNode } from "react";
import { echarts } from "./echarts-setup";

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

/**
 * The element an ECharts instance draws into, with the instance's life: created with the theme and the
 * locale, given each new option, resized with its box, disposed when it unmounts. A new theme or locale
 * is a new instance, as ECharts sets both at creation.
 */
export function EChartsHost({
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
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const given = useRef<EChartsOption | null>(null);
  const latest = useRef({ option, replaceMerge, onEvents, onChartReady });
  useEffect(() => {
    latest.current = { option, replaceMerge, onEvents, onChartReady };
  });

  useEffect(() => {
    const host = element.current;
    if (!host) return;
    const instance = echarts.init(host, theme, { renderer: "canvas", locale });
    chart.current = instance;
    for (const name of Object.keys(latest.current.onEvents)) {
      instance.on(name, (params: unknown) => {
        const handler = latest.current.onEvents[name] as ((params: unknown) => void) | undefined;
        handler?.(params);
      });
    }
    const ready = () => {
      instance.off("rendered", ready);
      latest.current.onChartReady(instance);
    };
    instance.on("rendered", ready);
    const first = latest.current;
    instance.setOption(first.option, { notMerge: false, replaceMerge: first.replaceMerge });
    given.current = first.option;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
      given.current = null;
    };
  }, [theme, locale]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || given.current === option) return;
    instance.setOption(option, { notMerge: false, replaceMerge });
    given.current = option;
  }, [option, replaceMerge]);

  return (
    <div
      ref={element}
      className="echarts-for-react"
      style={style}
      aria-hidden="true"
      data-echarts-theme={theme}
      data-patterns={patterns ? "on" : "off"}
      data-chart-state={drawState}
      data-drawn-data={drawnData}
    />
  );
}

/**
 * What draws a chart's instance, said by the page: the app's frame gives echarts-for-react's component
 * (EChartsReactHost), an embed the plain host above. Without one, a chart keeps its empty box.
 */
export const ChartHostContext = createContext<((props: ChartHostProps) => ReactNode) | null>(null);

/** The plain host, as a ChartHostContext value. */
export const renderEChartsHost = (props: ChartHostProps) => <EChartsHost {...props} />;

/** The instance host the page's ChartHostContext names. */
export function ChartHost(props: ChartHostProps) {
  const renderHost = useContext(ChartHostContext);
  return renderHost ? (
    renderHost(props)
  ) : (
    <div className="echarts-for-react" style={props.style} aria-hidden="true" />
  );
}
