import type { EChartsOption } from "echarts";
import { baseOption, selectionStyle } from "../../components/chart/base-option";
import { escapeHtml } from "../../components/chart/escape-html";
import type { CountRow } from "./chart-rows";

/** Horizontal bars read well with long category names (sectors, SDGs) and on narrow screens. */
export function buildBarOption(rows: readonly CountRow[], axisName: string): EChartsOption {
  const anySelected = rows.some((row) => row.selected);
  return {
    ...baseOption(),
    grid: { left: 8, right: 48, top: 8, bottom: 32, containLabel: true },
    tooltip: {
      ...baseOption().tooltip,
      trigger: "item",
      formatter: (params: unknown) => {
        const { dataIndex } = params as { dataIndex: number };
        const row = rows[dataIndex];
        return row ? `${escapeHtml(row.label)}<br/><b>${row.count.toLocaleString("en")}</b> activities` : "";
      },
    },
    xAxis: {
      type: "value",
      name: axisName,
      nameLocation: "middle",
      nameGap: 24,
      minInterval: 1,
      splitNumber: 3,
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: rows.map((row) => row.label),
      // Long names are cut here and given in full by the tooltip and the table twin.
      axisLabel: { width: 150, overflow: "truncate" },
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 28,
        label: { show: true, position: "right" },
        data: rows.map((row) => ({
          value: row.count,
          filterValue: row.value,
          itemStyle: { color: row.color, ...selectionStyle(row.selected, anySelected) },
        })),
      },
    ],
  };
}
