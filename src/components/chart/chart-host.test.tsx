import { render } from "@testing-library/react";
import type { EChartsOption } from "echarts";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderEChartsHost } from "./chart-host";
import { ChartHost, ChartHostContext, type ChartHostProps } from "./chart-host-context";
import { chartHostProps, FIRST_OPTION, SECOND_OPTION } from "../../../tests/fixtures/chart-host";

/** What the host asked of each ECharts instance: jsdom cannot draw, so the instances are recorded. */
interface FakeChart {
  element: HTMLElement;
  theme: string;
  opts: unknown;
  options: Array<{ option: EChartsOption; settings: unknown }>;
  handlers: Map<string, Set<(params: unknown) => void>>;
  resized: number;
  disposed: boolean;
  emit(name: string, params?: unknown): void;
}

const charts: FakeChart[] = [];

vi.mock("./echarts-setup", () => ({
  echarts: {
    init(element: HTMLElement, theme: string, opts: unknown) {
      const chart: FakeChart & Record<string, unknown> = {
        element,
        theme,
        opts,
        options: [],
        handlers: new Map(),
        resized: 0,
        disposed: false,
        emit(name, params) {
          for (const handler of [...(this.handlers.get(name) ?? [])]) handler(params);
        },
        setOption(option: EChartsOption, settings: unknown) {
          this.options.push({ option, settings });
        },
        on(name: string, handler: (params: unknown) => void) {
          if (!this.handlers.has(name)) this.handlers.set(name, new Set());
          this.handlers.get(name)?.add(handler);
        },
        off(name: string, handler: (params: unknown) => void) {
          this.handlers.get(name)?.delete(handler);
        },
        resize() {
          this.resized += 1;
        },
        dispose() {
          this.disposed = true;
        },
        isDisposed() {
          return this.disposed;
        },
        dispatchAction() {},
      };
      charts.push(chart);
      return chart;
    },
  },
}));

const observers: Array<{ callback: () => void; observed: Element[]; disconnected: boolean }> = [];

beforeEach(() => {
  charts.length = 0;
  observers.length = 0;
  vi.stubGlobal(
    "ResizeObserver",
    class {
      record: { callback: () => void; observed: Element[]; disconnected: boolean };
      constructor(callback: () => void) {
        this.record = { callback, observed: [], disconnected: false };
        observers.push(this.record);
      }
      observe(element: Element) {
        this.record.observed.push(element);
      }
      disconnect() {
        this.record.disconnected = true;
      }
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

const first = FIRST_OPTION;
const second = SECOND_OPTION;
const props = chartHostProps;

function renderHost(hostProps: ChartHostProps) {
  const view = render(
    <ChartHostContext value={renderEChartsHost}>
      <ChartHost {...hostProps} />
    </ChartHostContext>,
  );
  return {
    ...view,
    update: (next: ChartHostProps) =>
      view.rerender(
        <ChartHostContext value={renderEChartsHost}>
          <ChartHost {...next} />
        </ChartHostContext>,
      ),
  };
}

describe("EChartsHost, the plain chart host of embeds", () => {
  it("creates one canvas instance with the theme and locale and gives it the option", () => {
    renderHost(props());
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart?.theme).toBe("wsis-light");
    expect(chart?.opts).toEqual({ renderer: "canvas", locale: "FR" });
    expect(chart?.options).toEqual([
      { option: first, settings: { notMerge: false, replaceMerge: ["series"] } },
    ]);
    expect(chart?.element).toHaveAttribute("aria-hidden", "true");
    expect(chart?.element).toHaveAttribute("data-echarts-theme", "wsis-light");
  });

  it("says the chart is ready once it has drawn, not before", () => {
    const onChartReady = vi.fn();
    renderHost(props({ onChartReady }));
    expect(onChartReady).not.toHaveBeenCalled();
    charts[0]?.emit("rendered");
    charts[0]?.emit("rendered");
    expect(onChartReady).toHaveBeenCalledTimes(1);
    expect(onChartReady).toHaveBeenCalledWith(charts[0]);
  });

  it("updates the same instance with a new option, and skips an option it already has", () => {
    const host = renderHost(props());
    host.update(props({ option: second }));
    host.update(props({ option: second, style: { height: 300 } }));
    expect(charts).toHaveLength(1);
    expect(charts[0]?.options.map((entry) => entry.option)).toEqual([first, second]);
  });

  it("makes a new instance for a new theme, and disposes the old one", () => {
    const host = renderHost(props());
    host.update(props({ theme: "wsis-dark", option: second }));
    expect(charts).toHaveLength(2);
    expect(charts[0]?.disposed).toBe(true);
    expect(charts[1]?.theme).toBe("wsis-dark");
    expect(charts[1]?.options.map((entry) => entry.option)).toEqual([second]);
  });

  it("passes events to the latest handlers", () => {
    const before = vi.fn();
    const after = vi.fn();
    const host = renderHost(props({ onEvents: { click: before } }));
    host.update(props({ onEvents: { click: after } }));
    charts[0]?.emit("click", { name: "5" });
    expect(before).not.toHaveBeenCalled();
    expect(after).toHaveBeenCalledWith({ name: "5" });
  });

  it("resizes with its box, and disposes the instance and stops watching on unmount", () => {
    const host = renderHost(props());
    expect(observers[0]?.observed).toEqual([charts[0]?.element]);
    observers[0]?.callback();
    expect(charts[0]?.resized).toBe(1);
    host.unmount();
    expect(charts[0]?.disposed).toBe(true);
    expect(observers[0]?.disconnected).toBe(true);
  });

  it("draws nothing where the page names no host", () => {
    render(<ChartHost {...props()} />);
    expect(charts).toHaveLength(0);
  });
});
