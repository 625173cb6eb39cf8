import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import type { Report } from "../../src/schema/report";
import { firstContentfulPaint, probeFirstChart, waitForFirstChart } from "./first-chart-probe";
import { waitForChartsDrawn } from "./inp";
import { median, percentile } from "./stats";
import { serveSyntheticReports } from "./synthetic-routes";

const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration }); })
    .observe({ type: "longtask", buffered: true });
`;

/**
 * One cold load (a fresh context: empty cache, no service worker yet) of `url`; once its first chart is
 * drawn, `read` takes what it wants from the page, given the first chart's time.
 */
export async function coldLoad<T>(
  browser: Browser,
  url: string,
  read: (page: Page, firstChart: number) => T | Promise<T>,
  contextOptions: BrowserContextOptions = {},
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...contextOptions });
  try {
    const page = await context.newPage();
    await probeFirstChart(page);
    await page.goto(url);
    return await read(page, (await waitForFirstChart(page)).time);
  } finally {
    await context.close();
  }
}

/**
 * `runs` loads of each page, the pages taking turns (floor, overview, embed, floor, ...) after one warm-up
 * round that is not counted (Chromium's first context pays for its own start-up), so that a machine that
 * slows down or speeds up during the run moves every page alike and the ratios to the floor stay fair
 * (one page after another, a busy machine's drift lands on whichever page runs last).
 */
export async function loadsInTurn<T>(
  urls: Readonly<Record<string, string>>,
  runs: number,
  load: (url: string) => Promise<T>,
): Promise<Record<string, T[]>> {
  const loads: Record<string, T[]> = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
  for (const url of Object.values(urls)) await load(url);
  for (let run = 0; run < runs; run += 1)
    for (const [name, url] of Object.entries(urls)) loads[name]?.push(await load(url));
  return loads;
}

export interface FirstDraws {
  /** Median time to the first drawn chart (first-chart-probe.ts), ms from navigation start. */
  median: number;
  runs: number[];
  /** Median first contentful paint of the same loads. */
  paintMedian: number;
  /** How the first chart was drawn in each load: prerendered SVG or the interactive canvas. */
  kinds: string[];
}

/** Time to the first chart (and first paint) for each page: the median of `runs` cold loads, in turns. */
export async function measureFirstCharts(
  browser: Browser,
  urls: Readonly<Record<string, string>>,
  runs: number,
): Promise<Record<string, FirstDraws>> {
  const loads = await loadsInTurn(urls, runs, (url) =>
    coldLoadDraw(browser, url).catch(() => ({ time: Number.NaN, kind: "failed", paint: Number.NaN })),
  );
  return Object.fromEntries(
    Object.entries(loads).map(([name, list]) => [
      name,
      {
        median: median(list.map((load) => load.time)),
        runs: list.map((load) => load.time),
        paintMedian: median(list.map((load) => load.paint)),
        kinds: [...new Set(list.map((load) => load.kind))],
      },
    ]),
  );
}

async function coldLoadDraw(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await probeFirstChart(page);
    await page.goto(url);
    const first = await waitForFirstChart(page);
    return { ...first, paint: await firstContentfulPaint(page) };
  } finally {
    await context.close();
  }
}

export interface LoadProfile {
  longTasksAfterFirstChart: number[];
  heapBytes: number;
}

/** Long tasks after the first chart (during a 3 s settle) and the JS heap once settled. */
export async function measureLoadProfile(browser: Browser, url: string): Promise<LoadProfile> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(LONG_TASK_OBSERVER);
  await probeFirstChart(page);
  await page.goto(url);
  const firstChart = (await waitForFirstChart(page)).time;
  await page.waitForTimeout(3000);
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks,
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  await context.close();
  return {
    longTasksAfterFirstChart: tasks.filter((task) => task.start >= firstChart).map((task) => task.duration),
    heapBytes: heap.usedSize,
  };
}

/**
 * From a click on an SDG tile until the page has settled: the click writes the URL, React re-renders
 * and ECharts redraws (canvas), and the time ends at the first of two consecutive on-time frames,
 * so that drawing spread over several frames is counted in full.
 */
export async function measureFilterUpdate(
  browser: Browser,
  baseUrl: string,
  reports: readonly Report[],
  toggles: number,
) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await serveSyntheticReports(page, reports);
  await page.goto(new URL("#/", baseUrl).toString());
  await waitForFirstChart(page);
  // Charts near the viewport draw first and far ones at idle (draw-queue.ts): measure clicks on the
  // settled page, every chart drawn, not clicks that race the load.
  await waitForChartsDrawn(page);
  await page.waitForTimeout(1000);
  const times: number[] = [];
  for (let index = 0; index < toggles; index += 1) {
    const time = await page.evaluate(async () => {
      const tile = [...document.querySelectorAll<HTMLButtonElement>(".sdg-tile")].find((button) =>
        button.textContent?.startsWith("5 "),
      );
      if (!tile) throw new Error("no SDG 5 tile");
      const pressed = tile.getAttribute("aria-pressed");
      const start = performance.now();
      // The frames count from React's commit of the new filter (the tile's aria-pressed flips with the
      // charts' new options): the URL change alone can come a task before React renders, and two quick
      // frames in that gap once ended a measure before anything was drawn.
      const committed = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (tile.getAttribute("aria-pressed") === pressed) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(tile, { attributes: true, attributeFilter: ["aria-pressed"] });
      });
      tile.click();
      await committed;
      // Settled = the first of two frames in a row that came on time (under 25 ms apart): React has
      // committed, the charts have drawn their update, and any drawing spread over frames or animation has
      // finished too. (No named helper function in here: tsx would wrap it in a __name call the page lacks.)
      // Frame times are read with performance.now() in the callback: a frame's own timestamp is when it
      // began, which after a long task can be earlier than the task's end.
      let previous = await new Promise<number>((resolve) =>
        requestAnimationFrame(() => resolve(performance.now())),
      );
      let quietSince: number | undefined;
      for (let frames = 0; frames < 600; frames += 1) {
        const now = await new Promise<number>((resolve) =>
          requestAnimationFrame(() => resolve(performance.now())),
        );
        if (now - previous < 25) {
          if (quietSince !== undefined) return quietSince - start;
          quietSince = previous;
        } else quietSince = undefined;
        previous = now;
      }
      throw new Error("the page never settled after the filter click");
    });
    times.push(time);
  }
  await context.close();
  return { median: median(times), p95: percentile(times, 95), runs: times };
}

/** Frame-to-frame times while the 100k-row table scrolls 600 px a frame. */
export async function measureScrollFrames(browser: Browser, baseUrl: string, reports: readonly Report[]) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await serveSyntheticReports(page, reports);
  await page.goto(new URL("#/activities", baseUrl).toString());
  await page.getByTestId("activities-scroller").waitFor({ timeout: 120_000 });
  await page.waitForTimeout(500);
  const frames = await page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>("[data-testid=activities-scroller]");
    if (!scroller) throw new Error("no table");
    const deltas: number[] = [];
    let last = performance.now();
    for (let frame = 0; frame < 150; frame += 1) {
      scroller.scrollTop += 600;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      deltas.push(now - last);
      last = now;
    }
    return deltas;
  });
  await context.close();
  return { median: median(frames), p95: percentile(frames, 95), max: Math.max(...frames) };
}
