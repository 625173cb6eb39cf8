import type { EChartsOption } from "echarts";
import { useEffect, useMemo, useState } from "react";
import {
  areChartModulesLoaded,
  chartModulesFor,
  loadChartModules,
  withoutTooltip,
  type ChartModule,
} from "./chart-modules";

export interface ChartModules {
  /** The loaded module set the chart is drawn with (a key for its instance), or null before the first. */
  moduleSet: string | null;
  /** The option to draw now: the latest whose modules are in, else the one drawn before (null at first). */
  drawn: EChartsOption | null;
}

/**
 * Loads the ECharts modules `option` draws with (legends, heatmaps and lines are separate chunks) and
 * the tooltip once `withTooltip` turns true, on the first pointer or keyboard visit: a chart that is only
 * looked at never downloads it. ECharts gives an instance the processors registered when it was created,
 * so a new module set means a new instance: EChart keys its chart by `moduleSet`.
 */
export function useChartModules(option: EChartsOption, withTooltip: boolean): ChartModules {
  const tooltip = withTooltip && option.tooltip !== undefined;
  const needed = useMemo<ChartModule[]>(
    () => [...chartModulesFor(option), ...(tooltip ? (["tooltip"] as const) : [])],
    [option, tooltip],
  );
  const key = needed.join(" ");
  const [moduleSet, setModuleSet] = useState(() => (areChartModulesLoaded(needed) ? key : null));
  useEffect(() => {
    if (key === moduleSet) return;
    let current = true;
    void loadChartModules(needed).then(() => {
      if (current) setModuleSet(key);
    });
    return () => {
      current = false;
    };
  }, [key, moduleSet, needed]);

  const ready = moduleSet === key;
  const wanted = useMemo(
    () => (ready ? (tooltip ? option : withoutTooltip(option)) : null),
    [ready, tooltip, option],
  );
  // Until the option's modules are in, the drawn chart stays as it is (derived state, set while rendering).
  const [drawn, setDrawn] = useState<EChartsOption | null>(wanted);
  if (wanted !== null && wanted !== drawn) setDrawn(wanted);
  return { moduleSet, drawn: wanted ?? drawn };
}
