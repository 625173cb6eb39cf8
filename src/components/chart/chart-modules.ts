import type { EChartsOption } from "echarts";

/** ECharts modules beyond the bar chart of echarts-setup.ts, each its own chunk (see ./modules). */
export type ChartModule = "legend" | "heatmap" | "line" | "tooltip" | "aria";

const LOADERS: Record<ChartModule, () => Promise<unknown>> = {
  legend: () => import("./modules/legend"),
  tooltip: () => import("./modules/tooltip"),
  heatmap: () => import("./modules/heatmap"),
  line: () => import("./modules/line"),
  aria: () => import("./modules/aria"),
};

const loaded = new Set<ChartModule>();

function asList<T>(value: T | readonly T[] | undefined): readonly T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

/**
 * The extra modules an option draws with: by its series types and its legend or visualMap components.
 * The tooltip is asked for apart (see useEChartsInstance): it is only needed once someone points at a chart.
 */
export function chartModulesFor(option: EChartsOption): ChartModule[] {
  const types = new Set(asList(option.series as { type?: string } | undefined).map((series) => series.type));
  const needed: ChartModule[] = [];
  if (asList(option.legend).length > 0) needed.push("legend");
  if (types.has("heatmap") || asList(option.visualMap).length > 0) needed.push("heatmap");
  if (types.has("line")) needed.push("line");
  // Decal patterns (pattern=1) are drawn by ECharts' aria module.
  if ((option.aria as { decal?: { show?: boolean } } | undefined)?.decal?.show) needed.push("aria");
  return needed;
}

/**
 * The option as drawn until the tooltip module is in: without the tooltip, and without the axis pointer
 * that the module brings along (an option naming a component ECharts has not registered is an error in
 * development, e.g. the compare trend's pointer linked across its panels).
 */
export function withoutTooltip(option: EChartsOption): EChartsOption {
  if (option.tooltip === undefined && option.axisPointer === undefined) return option;
  const rest = { ...option };
  delete rest.tooltip;
  delete rest.axisPointer;
  return rest;
}

export function areChartModulesLoaded(modules: readonly ChartModule[]): boolean {
  return modules.every((module) => loaded.has(module));
}

export async function loadChartModules(modules: readonly ChartModule[]): Promise<void> {
  await Promise.all(
    modules.map(async (module) => {
      await LOADERS[module]();
      loaded.add(module);
    }),
  );
}
