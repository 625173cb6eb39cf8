import { afterEach, describe, expect, it, vi } from "vitest";
import { baseOption } from "./base-option";

function stubReducedMotion(reduce: boolean) {
  vi.stubGlobal(
    "matchMedia",
    (query: string) =>
      ({ matches: reduce && query === "(prefers-reduced-motion: reduce)" }) as MediaQueryList,
  );
}

describe("baseOption", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("animates the first draw by default", () => {
    stubReducedMotion(false);
    expect(baseOption().animation).toBe(true);
  });

  it("draws at once for people who ask their system for reduced motion", () => {
    stubReducedMotion(true);
    expect(baseOption().animation).toBe(false);
  });
});
