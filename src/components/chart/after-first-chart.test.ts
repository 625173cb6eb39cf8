// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterFirstChart } from "./after-first-chart";
import { FIRST_CHART_MARK } from "./first-chart-mark";

describe("afterFirstChart", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    performance.clearMarks(FIRST_CHART_MARK);
  });
  afterEach(() => {
    vi.useRealTimers();
    performance.clearMarks(FIRST_CHART_MARK);
  });

  it("runs at once when the first chart is already drawn", () => {
    performance.mark(FIRST_CHART_MARK);
    const task = vi.fn();
    afterFirstChart(task);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("runs when the first chart is drawn, and only once", async () => {
    const task = vi.fn();
    afterFirstChart(task, 60_000);
    expect(task).not.toHaveBeenCalled();
    performance.mark(FIRST_CHART_MARK);
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(1));
    vi.advanceTimersByTime(60_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("runs after its patience on a page that draws no chart", () => {
    const task = vi.fn();
    afterFirstChart(task, 1000);
    vi.advanceTimersByTime(999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
