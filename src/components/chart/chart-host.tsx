import type { EChartsOption } from "echarts";
import { useEffect, useRef } from "react";
import { hostAttributes, type ChartHostProps } from "./chart-host-context";
import { echarts } from "./echarts-setup";

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
      {...hostAttributes({ theme, patterns, drawState, drawnData })}
    />
  );
}

/** The plain host, as a ChartHostContext value. */
export const renderEChartsHost = (props: ChartHostProps) => <EChartsHost {...props} />;
