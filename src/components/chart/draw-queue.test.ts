import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createDrawQueue, type DrawQueueTiming } from "./draw-queue";

/** A queue whose tasks and idle moments the test hands out by hand. */
function manualQueue() {
  const tasks: Array<() => void> = [];
  const idles: Array<() => void> = [];
  const timing: DrawQueueTiming = {
    nextTask: (task) => tasks.push(task),
    whenIdle: (task) => idles.push(task),
    longestTurnMs: 1000,
  };
  const queue = createDrawQueue(timing);
  const drawn: string[] = [];
  const ask = (name: string, near: boolean) => {
    const ticket = queue.request(near, (now) => drawn.push(now ? `${name}!` : name));
    return ticket;
  };
  const runTasks = () => {
    while (tasks.length > 0) tasks.shift()?.();
  };
  const runIdle = () => {
    while (idles.length > 0) idles.shift()?.();
  };
  return { queue, drawn, ask, runTasks, runIdle, tasks, idles };
}

describe("createDrawQueue", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("serves near charts before far ones, one at a time, each after the previous one has drawn", () => {
    const { drawn, ask, runTasks, runIdle } = manualQueue();
    const farFirst = ask("far", false);
    const near1 = ask("near1", true);
    const near2 = ask("near2", true);
    runTasks();
    expect(drawn).toEqual(["near1"]);
    // The second near chart waits while the first has not drawn, even with the browser idle.
    runIdle();
    runTasks();
    expect(drawn).toEqual(["near1"]);
    near1.end();
    runTasks();
    expect(drawn).toEqual(["near1", "near2"]);
    near2.end();
    runTasks();
    // Only far charts left: they wait for the browser to be idle.
    expect(drawn).toEqual(["near1", "near2"]);
    runIdle();
    expect(drawn).toEqual(["near1", "near2", "far"]);
    farFirst.end();
  });

  it("draws a far chart in the next task once it comes near, without waiting for idle", () => {
    const { drawn, ask, runTasks, idles } = manualQueue();
    const far = ask("far", false);
    runTasks();
    expect(drawn).toEqual([]);
    expect(idles.length).toBe(1);
    far.setNear(true);
    runTasks();
    expect(drawn).toEqual(["far"]);
    far.end();
  });

  it("gives far charts one idle callback each, not all at once", () => {
    const { drawn, ask, runIdle, idles } = manualQueue();
    const a = ask("a", false);
    const b = ask("b", false);
    idles.shift()?.();
    expect(drawn).toEqual(["a"]);
    a.end();
    expect(drawn).toEqual(["a"]);
    runIdle();
    expect(drawn).toEqual(["a", "b"]);
    b.end();
  });

  it("takes a chart that leaves the page out of the queue, and a running one's turn ends with it", () => {
    const { drawn, ask, runTasks } = manualQueue();
    const first = ask("first", true);
    const gone = ask("gone", true);
    const last = ask("last", true);
    gone.end();
    runTasks();
    first.end();
    runTasks();
    expect(drawn).toEqual(["first", "last"]);
    // A chart unmounted while drawing lets the next one go.
    const next = ask("next", true);
    last.end();
    runTasks();
    expect(drawn).toEqual(["first", "last", "next"]);
    next.end();
  });

  it("does not let a turn that never ends hold the others back for more than its longest turn", () => {
    const { drawn, ask, runTasks } = manualQueue();
    ask("stuck", true);
    const next = ask("next", true);
    runTasks();
    vi.advanceTimersByTime(900);
    runTasks();
    expect(drawn).toEqual(["stuck"]);
    vi.advanceTimersByTime(200);
    runTasks();
    expect(drawn).toEqual(["stuck", "next"]);
    next.end();
  });

  it("draws every waiting chart at once, synchronously, when asked to (before printing)", () => {
    const { queue, drawn, ask } = manualQueue();
    ask("near", true);
    ask("far", false);
    queue.drainNow();
    expect(drawn).toEqual(["near!", "far!"]);
  });
});
