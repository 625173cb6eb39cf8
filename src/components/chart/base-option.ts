import type { EChartsOption } from "echarts";

export const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
export const SELECTED_BORDER = "#1b2330";

/** Settings every chart shares: readable type, ECharts' own aria description, a calm animation. */
export function baseOption(): EChartsOption {
  return {
    aria: { enabled: true },
    animationDuration: 300,
    textStyle: { fontFamily: CHART_FONT, color: "#1b2330" },
    tooltip: { confine: true, appendTo: "body" },
  };
}

/** A selected category keeps full colour and a dark outline; the others fade while a selection exists. */
export function selectionStyle(isSelected: boolean, anySelected: boolean) {
  return isSelected
    ? { borderColor: SELECTED_BORDER, borderWidth: 2, opacity: 1 }
    : { borderWidth: 0, opacity: anySelected ? 0.45 : 1 };
}
