import { act, render } from "@testing-library/react";
import type { EChartsOption } from "echarts";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ChartHostProps } from "./chart-host-context";
import { EChartsReactHost } from "./EChartsReactHost";
import { chartHostProps, SECOND_OPTION } from "../../../tests/fixtures/chart-host";

/** An ECharts instance as echarts-for-react uses it: jsdom cannot draw, so what it is asked is recorded. */
interface FakeChart {
  options: EChartsOption[];
  disposed: boolean;
  emit(name: string): void;
}

const charts: FakeChart[] = [];
const byElement = new Map<Element, FakeChart>();

vi.mock("./echarts-setup", () => ({
  echartsEntry: {
    init(element: HTMLElement) {
      const handlers = new Map<string, Set<() => void>>();
      const chart = {
        options: [] as EChartsOption[],
        disposed: false,
        emit(name: string) {
          for (const handler of [...(handlers.get(name) ?? [])]) handler();
        },
        setOption(option: EChartsOption) {
          chart.options.push(option);
        },
        on(name: string, handler: () => void) {
          if (!handlers.has(name)) handlers.set(name, new Set());
          handlers.get(name)?.add(handler);
        },
        off(name: string, handler: () => void) {
          handlers.get(name)?.delete(handler);
        },
        hideLoading() {},
        resize() {},
        isDisposed: () => chart.disposed,
        dispatchAction() {},
      };
      charts.push(chart);
      byElement.set(element, chart);
      return chart;
    },
    getInstanceByDom: (element: Element) => byElement.get(element),
    dispose(element: Element) {
      const chart = byElement.get(element);
      if (chart) chart.disposed = true;
      byElement.delete(element);
    },
  },
}));

beforeEach(() => {
  charts.length = 0;
  byElement.clear();
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

const second = SECOND_OPTION;
const third: EChartsOption = { series: [{ type: "bar", data: [5, 6] }] };
const props = (overrides: Partial<ChartHostProps> = {}) =>
  chartHostProps({ locale: undefined, ...overrides });

describe("EChartsReactHost, the app's chart host", () => {
  it("keeps a new option off echarts-for-react's temporary instance; the real one starts from the latest", async () => {
    const onChartReady = vi.fn();
    const view = render(<EChartsReactHost {...props({ onChartReady })} />);
    // echarts-for-react's temporary instance, waiting for its first frame to finish.
    const temporary = charts[0];
    view.rerender(<EChartsReactHost {...props({ onChartReady, option: second })} />);
    expect(temporary?.options).toEqual([]);

    await act(async () => temporary?.emit("finished"));
    expect(temporary?.disposed).toBe(true);
    const real = charts[1];
    expect(real?.options).toEqual([second]);
    expect(onChartReady).toHaveBeenCalledWith(real);

    // Once the real instance is there, options go to it as they come.
    view.rerender(<EChartsReactHost {...props({ onChartReady, option: third })} />);
    expect(real?.options).toEqual([second, third]);
    expect(charts).toHaveLength(2);
  });
});
