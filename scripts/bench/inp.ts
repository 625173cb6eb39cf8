import type { Browser, Page } from "playwright-core";
import type { Report } from "../../src/schema/report";
import { probeFirstChart, waitForFirstChart } from "./first-chart-probe";
import { median, percentile } from "./stats";
import { serveSyntheticReports } from "./synthetic-routes";

/**
 * Event Timing's lowest threshold: an interaction shorter than this has no entry, and counts as this long
 * (an upper bound, so a fast click never reads better than the browser can tell).
 */
export const INP_FLOOR_MS = 16;

// Every interaction's longest entry (pointerdown, pointerup, click), by interactionId, from the page's load.
const EVENT_OBSERVER = `
  window.__interactions = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      const seen = window.__interactions[entry.interactionId] || 0;
      window.__interactions[entry.interactionId] = Math.max(seen, entry.duration);
    }
  }).observe({ type: "event", durationThreshold: ${INP_FLOOR_MS}, buffered: true });
  window.__responses = [];
  document.addEventListener("click", (event) => {
    const tile = event.target instanceof Element ? event.target.closest(".sdg-tile") : null;
    if (!tile) return;
    const pressed = tile.getAttribute("aria-pressed");
    const observer = new MutationObserver(() => {
      if (tile.getAttribute("aria-pressed") === pressed) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__responses.push(performance.now() - event.timeStamp);
        channel.port2.postMessage(0);
      });
    });
    observer.observe(tile, { attributes: true, attributeFilter: ["aria-pressed"] });
  }, true);
`;

interface InteractionWindow {
  __interactions: Record<string, number>;
  __responses: number[];
}

export interface ClickInp {
  median: number;
  p95: number;
  /** One value per click: the longest Event Timing entry of its interaction (input until next paint). */
  durations: number[];
  /** Clicks without an entry (quicker than INP_FLOOR_MS). */
  unreported: number;
  /**
   * From the click until the frame that shows the tile pressed has been painted. Event Timing ends at the
   * first paint after the click's handlers, so work a click queues for a later task would not be in INP;
   * this figure would show it.
   */
  response: { median: number; p95: number; runs: number[] };
}

/** Every chart on the page has drawn what it shows now (none is waiting or stale). */
export async function waitForChartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll(".echart")];
      return (
        charts.length > 0 &&
        charts.every(
          (chart) =>
            chart.querySelector("canvas") !== null &&
            chart.querySelector("[data-chart-state=stale], [data-chart-state=waiting]") === null,
        )
      );
    },
    undefined,
    { timeout: 120_000, polling: 100 },
  );
}

/** Settled: every chart drawn and two frames in a row on time, then a quiet moment for idle work. */
async function settle(page: Page): Promise<void> {
  await waitForChartsDrawn(page);
  await page.evaluate(`new Promise((resolve) => {
    let previous = performance.now();
    let onTime = 0;
    function frame() {
      const now = performance.now();
      onTime = now - previous < 25 ? onTime + 1 : 0;
      previous = now;
      if (onTime >= 2) setTimeout(resolve, 300); else requestAnimationFrame(frame);
    }
    requestAnimationFrame(frame);
  })`);
}

/**
 * The INP of SDG tile clicks on the overview, from the browser's Event Timing entries: loads `#/` (the
 * shipped data when `reports` is undefined), waits until every chart is drawn, then clicks tiles with the
 * mouse (5 on, 5 off, 3 on, 3 off, ...: every click changes the filter), settling after each. A click's
 * duration is the longest entry of its interaction; a click with no entry took under INP_FLOOR_MS and
 * counts as INP_FLOOR_MS.
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
    await settle(page);
    const durations: number[] = [];
    let unreported = 0;
    const goals = [5, 3];
    for (let click = 0; click < clicks; click += 1) {
      const goal = goals[Math.floor(click / 2) % goals.length] ?? 5;
      const tile = page
        .locator(".sdg-tile")
        .filter({ has: page.locator(`.sdg-tile__number`, { hasText: new RegExp(`^${goal}$`) }) });
      const before = new Set(
        await page.evaluate(() => Object.keys((window as unknown as InteractionWindow).__interactions)),
      );
      const pressed = await tile.getAttribute("aria-pressed");
      await tile.click();
      await page.waitForFunction(
        ({ goal, pressed }) =>
          [...document.querySelectorAll(".sdg-tile")]
            .find((button) => button.querySelector(".sdg-tile__number")?.textContent === String(goal))
            ?.getAttribute("aria-pressed") !== pressed,
        { goal, pressed },
      );
      await settle(page);
      const after = await page.evaluate(() => (window as unknown as InteractionWindow).__interactions);
      const fresh = Object.entries(after)
        .filter(([id]) => !before.has(id))
        .map(([, duration]) => duration);
      if (fresh.length === 0) unreported += 1;
      durations.push(fresh.length > 0 ? Math.max(...fresh) : INP_FLOOR_MS);
    }
    const responses = await page.evaluate(() => (window as unknown as InteractionWindow).__responses);
    return {
      median: median(durations),
      p95: percentile(durations, 95),
      durations,
      unreported,
      response: { median: median(responses), p95: percentile(responses, 95), runs: responses },
    };
  } finally {
    await context.close();
  }
}
