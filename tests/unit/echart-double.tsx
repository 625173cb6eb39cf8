import type { EChartProps } from "../../src/components/chart/EChart";

/**
 * jsdom has no canvas, so component tests swap the one ECharts wrapper for this double: it exposes what
 * the chart would offer a user (its name and its clickable values) and the option, as JSON, for assertions.
 * The real rendering is covered by the browser tests.
 */
export function EChartDouble({ option, label, items = [], onActivate }: EChartProps) {
  return (
    <div role="group" aria-label={label} data-option={JSON.stringify(option)}>
      {items.map((item) => (
        <button key={item.value} type="button" onClick={() => onActivate?.(item.value)}>
          {item.label}
        </button>
      ))}
    </div>
  );
}
