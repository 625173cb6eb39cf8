import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import type { EChartsOption } from "echarts";
import { useEffect, useRef } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setNearWatcher, type NearWatcher } from "./in-view";
import { useChartDrawing } from "./use-chart-drawing";

/** A stand-in for the IntersectionObserver: the test says which chart is near. */
function fakeWatcher() {
  const listeners = new Map<string, (near: boolean) => void>();
  const nearNow = new Set<string>();
  const watcher: NearWatcher = {
    watch(element, onChange) {
      const name = element.getAttribute("data-name") ?? "";
      listeners.set(name, onChange);
      onChange(nearNow.has(name));
      return () => listeners.delete(name);
    },
  };
  return {
    watcher,
    startNear: (name: string) => nearNow.add(name),
    setNear: (name: string, near: boolean) => act(() => listeners.get(name)?.(near)),
  };
}

/** A chart host that says what it was handed to draw, as EChart passes it on to ECharts. */
function Probe({ name, option }: { name: string; option: EChartsOption }) {
  const host = useRef<HTMLDivElement>(null);
  const { shown, state, endFirstDraw } = useChartDrawing(host, option, "bar");
  return (
    <div ref={host} data-name={name} data-testid={`${name}-host`}>
      <span data-testid={name} data-state={state}>
        {shown ? String(shown.title) : "nothing"}
      </span>
      {shown ? <FirstDraw onDrawn={endFirstDraw} /> : null}
    </div>
  );
}

/** ECharts says it has drawn once its instance is made (onChartReady); here, once mounted. */
function FirstDraw({ onDrawn }: { onDrawn: () => void }) {
  useEffect(() => {
    queueMicrotask(onDrawn);
  }, [onDrawn]);
  return null;
}

const option = (title: string): EChartsOption => ({ title: title as never });

let idle: Array<() => void> = [];
beforeEach(() => {
  idle = [];
  vi.stubGlobal("requestIdleCallback", (task: () => void) => idle.push(task));
});
afterEach(() => {
  // The page's queue outlives a test: give it the idle moment it is waiting for, with nothing left to draw.
  cleanup();
  for (const task of idle.splice(0)) task();
  setNearWatcher(undefined);
  vi.unstubAllGlobals();
});

const runIdle = () =>
  act(() => {
    for (const task of idle.splice(0)) task();
  });

describe("useChartDrawing", () => {
  it("draws a far chart only once it comes near, the near one first", async () => {
    const fake = fakeWatcher();
    fake.startNear("near");
    setNearWatcher(fake.watcher);
    render(
      <>
        <Probe name="far" option={option("far 1")} />
        <Probe name="near" option={option("near 1")} />
      </>,
    );
    await waitFor(() => expect(screen.getByTestId("near")).toHaveTextContent("near 1"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId("far")).toHaveTextContent("nothing");
    expect(screen.getByTestId("far")).toHaveAttribute("data-state", "waiting");
    fake.setNear("far", true);
    await waitFor(() => expect(screen.getByTestId("far")).toHaveTextContent("far 1"));
  });

  it("draws a far chart when the browser is idle", async () => {
    const fake = fakeWatcher();
    setNearWatcher(fake.watcher);
    render(<Probe name="far" option={option("far 1")} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId("far")).toHaveTextContent("nothing");
    await waitFor(() => expect(idle.length).toBeGreaterThan(0));
    runIdle();
    await waitFor(() => expect(screen.getByTestId("far")).toHaveTextContent("far 1"));
  });

  it("keeps a far chart's last drawing after a change, marked stale and hidden, until it is near", async () => {
    const fake = fakeWatcher();
    fake.startNear("near");
    setNearWatcher(fake.watcher);
    const page = (round: number) => (
      <>
        <Probe name="near" option={option(`near ${round}`)} />
        <Probe name="far" option={option(`far ${round}`)} />
      </>
    );
    const { rerender } = render(page(1));
    await waitFor(() => expect(screen.getByTestId("near")).toHaveTextContent("near 1"));
    fake.setNear("far", true);
    await waitFor(() => expect(screen.getByTestId("far")).toHaveTextContent("far 1"));
    fake.setNear("far", false);

    rerender(page(2));
    await waitFor(() => expect(screen.getByTestId("near")).toHaveTextContent("near 2"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const far = screen.getByTestId("far");
    expect(far).toHaveTextContent("far 1");
    expect(far).toHaveAttribute("data-state", "stale");
    // jsdom lays nothing out: every element is out of view, so the stale drawing is hidden.
    expect(screen.getByTestId("far-host")).toHaveAttribute("data-hidden-while-stale");
    fake.setNear("far", true);
    await waitFor(() => expect(far).toHaveTextContent("far 2"));
    expect(far).toHaveAttribute("data-state", "drawn");
    expect(screen.getByTestId("far-host")).not.toHaveAttribute("data-hidden-while-stale");
  });

  it("lets the next chart draw when a chart leaves the page while waiting", async () => {
    const fake = fakeWatcher();
    fake.startNear("a");
    fake.startNear("b");
    setNearWatcher(fake.watcher);
    const { rerender } = render(
      <>
        <Probe name="a" option={option("a 1")} />
        <Probe name="b" option={option("b 1")} />
      </>,
    );
    rerender(<Probe name="b" option={option("b 1")} />);
    await waitFor(() => expect(screen.getByTestId("b")).toHaveTextContent("b 1"));
    expect(screen.queryByTestId("a")).toBeNull();
  });
});
