import type { Page } from "playwright-core";
import { FIRST_CHART_MARK } from "../../src/components/chart/first-chart-mark";

/**
 * What "the first chart is drawn" means for every page the bench loads, the floor's included: the first
 * animation frame (the last step before the browser paints) at which either a canvas chart has drawn
 * (the page's `wsis:first-chart` mark, set on ECharts' "rendered") or a visible SVG chart with shapes is in
 * the document (a prerendered one, before any script of the page has run). Runs as an init script, so the
 * first frames are watched too.
 */
const PROBE = `(() => {
  const hasSvgChart = () => {
    for (const svg of document.querySelectorAll("svg")) {
      if (svg.querySelectorAll("path, rect").length < 5) continue;
      const box = svg.getBoundingClientRect();
      if (box.width >= 200 && box.height >= 100) return true;
    }
    return false;
  };
  const frame = () => {
    const marked = performance.getEntriesByName("${FIRST_CHART_MARK}").length > 0;
    const svg = !marked && hasSvgChart();
    if (marked || svg) {
      window.__wsisFirstChart = { time: performance.now(), kind: marked ? "canvas" : "svg" };
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

/** Call before `page.goto`: from then on the page records its first drawn chart. */
export async function probeFirstChart(page: Page): Promise<void> {
  await page.addInitScript(PROBE);
}

export interface FirstChart {
  /** Milliseconds from navigation start. */
  time: number;
  kind: "canvas" | "svg";
}

/**
 * Waits for the first drawn chart. On a page without the probe, the time is the `wsis:first-chart` mark's.
 */
export async function waitForFirstChart(page: Page): Promise<FirstChart> {
  await page.waitForFunction(
    (mark) =>
      (window as unknown as { __wsisFirstChart?: unknown }).__wsisFirstChart !== undefined ||
      performance.getEntriesByName(mark).length > 0,
    FIRST_CHART_MARK,
    { timeout: 120_000 },
  );
  return page.evaluate((mark) => {
    const probed = (window as unknown as { __wsisFirstChart?: { time: number; kind: "canvas" | "svg" } })
      .__wsisFirstChart;
    return probed ?? { time: performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, kind: "canvas" };
  }, FIRST_CHART_MARK);
}

/** The page's first contentful paint, in milliseconds from navigation start (NaN before it). */
export async function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
  );
}
