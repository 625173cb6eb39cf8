import { render, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { EChartsReact } from "./echarts-react";

/** An `echarts` prop that records what the component asks of it, with one instance per element. */
function fakeEcharts() {
  const instances = new Map<Element, ReturnType<typeof fakeInstance>>();
  const fakeInstance = () => ({
    setOption: vi.fn(),
    on: vi.fn(),
    off: vi.fn(),
    hideLoading: vi.fn(),
    showLoading: vi.fn(),
    resize: vi.fn(),
  });
  return {
    instances,
    init: vi.fn((element: Element, _theme?: unknown, _opts?: unknown) => {
      const instance = fakeInstance();
      instances.set(element, instance);
      return instance;
    }),
    dispose: vi.fn((element: Element) => instances.delete(element)),
    getInstanceByDom: (element: Element) => instances.get(element),
  };
}

describe("EChartsReact", () => {
  it("creates each chart once and sets its option without waiting for a frame", async () => {
    const echarts = fakeEcharts();
    const option = { series: [{ type: "bar", data: [1, 2] }] };
    render(<EChartsReact echarts={echarts} option={option} opts={{ renderer: "canvas" }} />);
    await waitFor(() => expect([...echarts.instances.values()][0]?.setOption).toHaveBeenCalled());
    expect(echarts.init).toHaveBeenCalledTimes(1);
    expect(echarts.init.mock.calls[0]?.[2]).toEqual({ renderer: "canvas" });
    expect(echarts.dispose).not.toHaveBeenCalled();
    expect([...echarts.instances.values()][0]?.setOption).toHaveBeenCalledWith(option, expect.anything());
  });
});
