import type { EChartsOption } from "echarts";
import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { areChartModulesLoaded, chartModulesFor, loadChartModules, type ChartModule } from "./chart-modules";
import { echarts } from "./echarts-setup";

export type EChartsInstance = ReturnType<typeof echarts.init>;

// Merge updates into the drawn chart (ECharts diffs the elements) instead of rebuilding it;
// series are replaced wholesale so that a shorter list never leaves stale bars behind.
const SET_OPTION = { notMerge: false, replaceMerge: ["series"] };

function withoutTooltip(option: EChartsOption): EChartsOption {
  if (option.tooltip === undefined) return option;
  const rest = { ...option };
  delete rest.tooltip;
  return rest;
}

/**
 * Keeps one ECharts instance (in `instance`) on `host`, sized by its box, drawing `option` with the modules it needs (legends,
 * heatmaps and lines load as separate chunks before it is created). The tooltip module joins when
 * `withTooltip` turns true, on the first pointer or keyboard visit: a chart that is only looked at never
 * downloads it. ECharts gives an instance the processors registered when it was created, so adding a
 * module means a new instance; it takes over without animation, so nothing visibly redraws.
 */
export function useEChartsInstance(
  hostRef: RefObject<HTMLDivElement | null>,
  instanceRef: RefObject<EChartsInstance | null>,
  option: EChartsOption,
  theme: string | undefined,
  /** A registered ECharts locale (the UI language's), or undefined for ECharts' default. */
  locale: string | undefined,
  withTooltip: boolean,
  onCreated: (chart: EChartsInstance) => void,
): void {
  const tooltip = withTooltip && option.tooltip !== undefined;
  const needed = useMemo<ChartModule[]>(
    () => [...chartModulesFor(option), ...(tooltip ? (["tooltip"] as const) : [])],
    [option, tooltip],
  );
  const key = needed.join(" ");
  // The module set of the current instance; null until the first set is loaded.
  const [readyKey, setReadyKey] = useState(() => (areChartModulesLoaded(needed) ? key : null));
  useEffect(() => {
    if (key === readyKey) return;
    let current = true;
    void loadChartModules(needed).then(() => {
      if (current) setReadyKey(key);
    });
    return () => {
      current = false;
    };
  }, [key, readyKey, needed]);

  const created = useRef(onCreated);
  useEffect(() => {
    created.current = onCreated;
  }, [onCreated]);
  const replaced = useRef(false);
  useEffect(() => {
    const element = hostRef.current;
    if (!element || readyKey === null) return;
    const chart = echarts.init(
      element,
      theme,
      locale ? { renderer: "canvas", locale } : { renderer: "canvas" },
    );
    instanceRef.current = chart;
    created.current(chart);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      instanceRef.current = null;
      replaced.current = true;
    };
  }, [hostRef, instanceRef, theme, locale, readyKey]);

  useEffect(() => {
    const chart = instanceRef.current;
    // Until the option's modules are in, the drawn chart stays as it is.
    if (!chart || readyKey !== key) return;
    const drawn = readyKey.includes("tooltip") ? option : withoutTooltip(option);
    const animation = replaced.current ? false : (drawn.animation ?? true);
    replaced.current = false;
    chart.setOption({ ...drawn, animation }, SET_OPTION);
  }, [instanceRef, option, theme, locale, readyKey, key]);
}
