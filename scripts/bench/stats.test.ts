import { describe, expect, it } from "vitest";
import { median, percentile } from "./stats";

describe("bench statistics", () => {
  it("takes nearest-rank percentiles", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 95)).toBe(100);
    expect(percentile([], 50)).toBeNaN();
  });
});
