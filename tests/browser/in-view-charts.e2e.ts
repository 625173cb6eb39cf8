import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openApp, saveScreenshot } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface ChartRecord {
  name: string;
  /** When the chart's canvas first appeared, and the chart's place then (page coordinates). */
  drawnAt?: number;
  top?: number;
  /** Every change of what the chart was drawn with: when, and the numbers. */
  updates: Array<{ at: number; data: string }>;
  /** Whether the chart was ever marked stale, or hidden while stale. */
  stale: boolean;
  hidden: boolean;
}

// Records, from the page's start, when each chart draws and redraws (no named functions: tsx would wrap
// them in a helper the page lacks).
const RECORDER = `
  window.__charts = {};
  new MutationObserver(() => {
    for (const chart of document.querySelectorAll(".echart")) {
      const name = chart.querySelector("[role=group]")?.getAttribute("aria-label") || "";
      const record = window.__charts[name] || (window.__charts[name] = { name, updates: [], stale: false, hidden: false });
      const host = chart.querySelector(".echarts-for-react");
      if (record.drawnAt === undefined && chart.querySelector("canvas")) {
        record.drawnAt = performance.now();
        record.top = chart.getBoundingClientRect().top + window.scrollY;
      }
      if (!host) continue;
      if (host.getAttribute("data-chart-state") === "stale") record.stale = true;
      if (chart.hasAttribute("data-hidden-while-stale")) record.hidden = true;
      const data = host.getAttribute("data-drawn-data");
      const last = record.updates[record.updates.length - 1];
      if (data && (!last || last.data !== data)) record.updates.push({ at: performance.now(), data });
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
`;

const records = (page: Page) =>
  page.evaluate(() =>
    Object.values((window as unknown as { __charts: Record<string, ChartRecord> }).__charts),
  );

async function allChartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const hosts = [...document.querySelectorAll(".echart")];
    return (
      hosts.length >= 6 &&
      hosts.every(
        (chart) =>
          chart.querySelector("canvas") !== null &&
          chart.querySelector(".echarts-for-react")?.getAttribute("data-chart-state") === "drawn",
      )
    );
  });
}

/** What each chart shows once everything has drawn, by its accessible name. */
async function drawnData(page: Page): Promise<Record<string, string>> {
  await allChartsDrawn(page);
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll(".echart")].map((chart) => [
        chart.querySelector("[role=group]")?.getAttribute("aria-label") ?? "",
        chart.querySelector(".echarts-for-react")?.getAttribute("data-drawn-data") ?? "",
      ]),
    ),
  );
}

async function openRecorded(hash: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    serviceWorkers: "block",
    reducedMotion: "reduce",
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.addInitScript(RECORDER);
  await page.goto(new URL(hash, inject("baseUrl")).toString());
  return { page, errors };
}

describe("charts in view first (docs/decisions/015)", () => {
  it("draws the charts within a viewport of the screen before the ones further down", async () => {
    const { page, errors } = await openRecorded("#/");
    await allChartsDrawn(page);
    const charts = await records(page);
    const near = charts.filter((chart) => (chart.top ?? Infinity) < 2 * 900);
    const far = charts.filter((chart) => (chart.top ?? 0) >= 2 * 900);
    expect(near.length).toBeGreaterThan(0);
    expect(far.length).toBeGreaterThan(0);
    const lastNear = Math.max(...near.map((chart) => chart.drawnAt ?? Infinity));
    const firstFar = Math.min(...far.map((chart) => chart.drawnAt ?? -Infinity));
    expect(lastNear).toBeLessThan(firstFar);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("after an SDG click, redraws the charts near the screen first and the far ones later, hidden until then", async () => {
    const fresh = await openApp(browser, "#/?sdg=5");
    const expected = await drawnData(fresh.page);
    await fresh.page.close();

    const { page, errors } = await openRecorded("#/");
    const before = await drawnData(page);
    // The click changes what every chart shows, so an old picture is told apart.
    for (const name of Object.keys(expected)) expect(before[name]).not.toBe(expected[name]);
    await page.waitForTimeout(300);
    const clickedAt = await page.evaluate(() => performance.now());
    await page.locator(".sdg-tile").filter({ hasText: /^5 / }).click();
    // The click reaches the charts a render later (they follow a deferred value): until then every chart is
    // drawn, with the old numbers.
    await expect.poll(() => drawnData(page), { timeout: 30_000 }).toEqual(expected);

    const charts = await records(page);
    const updatedAt = (chart: ChartRecord) => chart.updates.find((update) => update.at > clickedAt)?.at;
    const near = charts.filter((chart) => (chart.top ?? Infinity) < 2 * 900);
    const far = charts.filter((chart) => (chart.top ?? 0) >= 2 * 900);
    expect(far.length).toBeGreaterThan(0);
    for (const chart of far) expect(chart.hidden).toBe(true);
    const lastNear = Math.max(...near.map((chart) => updatedAt(chart) ?? Infinity));
    const firstFar = Math.min(...far.map((chart) => updatedAt(chart) ?? -Infinity));
    expect(lastNear).toBeLessThan(firstFar);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("scrolled to right after a click, a chart that was out of view shows the new numbers in its first frame", async () => {
    const fresh = await openApp(browser, "#/?sdg=5");
    const expected = await drawnData(fresh.page);
    await fresh.page.close();

    const { page, errors } = await openRecorded("#/");
    await drawnData(page);
    await page.waitForTimeout(300);
    // Every frame from now on: the charts in view and not hidden, and what they show.
    await page.evaluate(`
      window.__seen = [];
      (function watch() {
        for (const chart of document.querySelectorAll(".echart")) {
          const rect = chart.getBoundingClientRect();
          const host = chart.querySelector(".echarts-for-react");
          if (!host || rect.bottom <= 0 || rect.top >= window.innerHeight) continue;
          if (chart.hasAttribute("data-hidden-while-stale") || !chart.querySelector("canvas")) continue;
          window.__seen.push({ name: chart.querySelector("[role=group]").getAttribute("aria-label"), data: host.getAttribute("data-drawn-data"), scrollY: window.scrollY });
        }
        requestAnimationFrame(watch);
      })();
    `);
    await page.locator(".sdg-tile").filter({ hasText: /^5 / }).click();
    // Once the charts know of the click (the far ones are marked stale), straight to the bottom.
    await page.waitForFunction(
      () => document.querySelector(".echarts-for-react[data-chart-state=stale]") !== null,
      undefined,
      { polling: "raf" },
    );
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await drawnData(page)).toEqual(expected);
    await page.waitForTimeout(300);

    const seen = (await page.evaluate("window.__seen")) as Array<{
      name: string;
      data: string;
      scrollY: number;
    }>;
    const atBottom = seen.filter((frame) => frame.scrollY > 0);
    expect(atBottom.length).toBeGreaterThan(0);
    for (const frame of atBottom)
      expect({ name: frame.name, data: frame.data }).toEqual({
        name: frame.name,
        data: expected[frame.name],
      });
    await saveScreenshot(page, "in-view-after-click-bottom");
    expect(errors).toEqual([]);
    await page.close();
  });
});
