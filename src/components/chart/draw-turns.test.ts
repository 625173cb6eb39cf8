import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { requestDrawTurn } from "./draw-turns";

describe("requestDrawTurn", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("lets charts draw one at a time, in the order they asked, each after the previous one ended", async () => {
    const order: string[] = [];
    const first = requestDrawTurn();
    const second = requestDrawTurn();
    void first.ready.then(() => order.push("first"));
    void second.ready.then(() => order.push("second"));
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(["first"]);
    await vi.advanceTimersByTimeAsync(500);
    // The second waits while the first has not drawn.
    expect(order).toEqual(["first"]);
    first.end();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(["first", "second"]);
    second.end();
  });

  it("does not let a turn that never ends hold the others back for more than a second", async () => {
    const stuck = requestDrawTurn();
    const next = requestDrawTurn();
    let drew = false;
    void next.ready.then(() => (drew = true));
    await vi.advanceTimersByTimeAsync(900);
    expect(drew).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(drew).toBe(true);
    stuck.end();
    next.end();
  });
});
