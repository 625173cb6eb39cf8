import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, vi } from "vitest";
import { listenWithFakeBackend } from "../msw/listen";

// Pages are lazy chunks; their first import in a test run is slow on a busy 2-core machine.
configure({ asyncUtilTimeout: 5000 });

// The app imports the schemas (zod) and the user-data merge on demand, so that they stay off the first
// screen. Import them here once, so that a test's first data load does not also pay for transforming them
// on a busy machine; the app still goes through the same dynamic imports.
await import("../../src/data/validation/validate-data-file");
await import("../../src/data/user-datasets/merge-user-datasets");

// jsdom cannot draw canvas charts: see tests/unit/echart-double.tsx.
vi.mock("../../src/components/chart/EChart", async () => {
  const { EChartDouble } = await import("../unit/echart-double");
  return { EChart: EChartDouble };
});

// jsdom lays nothing out (every size is 0), so a virtualised list would render no rows. Give elements
// a screen-sized box; the real layout is exercised by the browser tests.
if (typeof HTMLElement !== "undefined") {
  Object.defineProperty(HTMLElement.prototype, "offsetHeight", { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, "offsetWidth", { configurable: true, get: () => 1200 });
  Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 1200 });
}

// Unhandled requests are errors: every request a test makes must be one it meant to make.
listenWithFakeBackend();
afterEach(() => {
  cleanup();
  if (typeof window !== "undefined") window.location.hash = "";
});
