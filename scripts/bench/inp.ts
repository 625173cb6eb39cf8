import type { Browser, Page } from "playwright-core";
import type { Report } from "../../src/schema/report";
import { probeFirstChart, waitForFirstChart } from "./first-chart-probe";
import { median, percentile } from "./stats";
import { serveSyntheticReports } from "./synthetic-routes";

// Event Timing reports interactions that take at least its smallest threshold; a click without an entry
// was quicker than that, and counts as the threshold (an upper bound).
const EVENT_TIMING_THRESHOLD_MS = 16;

const EVENT_OBSERVER = `
  window.__wsisEvents = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.interactionId) window.__wsisEvents.push({ id: entry.interactionId, duration: entry.duration });
  }).observe({ type: "event", durationThreshold: ${EVENT_TIMING_THRESHOLD_MS}, buffered: true });
  window.__wsisResponses = [];
  document.addEventListener("click", (event) => {
    const tile = event.target instanceof Element ? event.target.closest(".sdg-tile") : null;
    if (!tile) return;
    const pressed = tile.getAttribute("aria-pressed");
    const observer = new MutationObserver(() => {
      if (tile.getAttribute("aria-pressed") === pressed) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__wsisResponses.push(performance.now() - event.timeStamp);
        channel.port2.postMessage(0);
      });
    });
    observer.observe(tile, { attributes: true, attributeFilter: ["aria-pressed"] });
  }, true);
`;

export interface ClickInp {
  median: number;
  p95: number;
  /** One value per click: the longest Event Timing entry of its interaction (input until next paint). */
  durations: number[];
  /**
   * From the click until the frame that shows the tile pressed has been painted. Event Timing ends at the
   * first paint after the click's handlers, so work the click queues for a later task (a `hashchange`)
   * is not in INP; this figure includes it.
   */
  response: { median: number; p95: number; runs: number[] };
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })),
  );
  await page.waitForTimeout(150);
}

/**
 * The INP of SDG clicks on `#/`: real mouse clicks on the SDG 5 tile (each one toggles the filter), read
 * from the browser's Event Timing entries, on the settled page (every chart drawn). `reports` replaces
 * the shipped data when given.
 */
export async function measureClickInp(
  browser: Browser,
  baseUrl: string,
  reports: readonly Report[] | undefined,
  clicks: number,
): Promise<ClickInp> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(EVENT_OBSERVER);
    await probeFirstChart(page);
    if (reports) await serveSyntheticReports(page, reports);
    await page.goto(new URL("#/", baseUrl).toString());
    await waitForFirstChart(page);
    await page
      .waitForFunction(
        () => {
          const charts = [...document.querySelectorAll(".echart")];
          return charts.length > 0 && charts.every((chart) => chart.querySelector("canvas") !== null);
        },
        undefined,
        { timeout: 120_000 },
      )
      .catch(() => undefined);
    await page.waitForTimeout(1000);
    const tile = page.locator(".sdg-tile", { has: page.locator(".sdg-tile__number", { hasText: /^5$/ }) });
    await tile.scrollIntoViewIfNeeded();
    await settle(page);
    const durations: number[] = [];
    for (let click = 0; click < clicks; click += 1) {
      const before = await page.evaluate(
        () => (window as unknown as { __wsisEvents: unknown[] }).__wsisEvents.length,
      );
      await tile.click();
      await settle(page);
      const longest = await page.evaluate((from) => {
        const events = (window as unknown as { __wsisEvents: Array<{ id: number; duration: number }> })
          .__wsisEvents;
        return Math.max(0, ...events.slice(from).map((event) => event.duration));
      }, before);
      durations.push(Math.max(longest, EVENT_TIMING_THRESHOLD_MS));
    }
    const responses = await page.evaluate(
      () => (window as unknown as { __wsisResponses: number[] }).__wsisResponses,
    );
    return {
      median: median(durations),
      p95: percentile(durations, 95),
      durations,
      response: { median: median(responses), p95: percentile(responses, 95), runs: responses },
    };
  } finally {
    await context.close();
  }
}
