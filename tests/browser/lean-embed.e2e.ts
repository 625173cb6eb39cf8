import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART_VIEW_IDS, EMBED_VIEW_IDS } from "../../src/domain/views";
import { FIRST_CHART_MARK } from "../../src/components/chart/first-chart-mark";
import { launchBrowser, nextPaint, openApp } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// What only the app's pages use: an embedded chart that loads any of these carries the app along.
const APP_ONLY: ReadonlyArray<readonly [string, RegExp]> = [
  ["react-query", /node_modules\/@tanstack\/(react-query|query-core)\//],
  ["echarts-for-react", /node_modules\/echarts-for-react\//],
  ["the app's frame", /src\/app\/AppFrame\.tsx$/],
  ["the overview page", /src\/pages\/OverviewPage\.tsx$/],
];

const EMBED_CHARTS = EMBED_VIEW_IDS.filter((view) => (CHART_VIEW_IDS as readonly string[]).includes(view));

/** The modules in every script the page loaded, read from the built files' source maps. */
async function loadedModules(page: Page): Promise<string[]> {
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((name) => new URL(name).pathname.endsWith(".js")),
  );
  const modules: string[] = [];
  for (const script of scripts) {
    const response = await fetch(`${script}.map`);
    // The build's own helpers (the rolldown runtime) come without a map, and the server answers with the
    // page; they hold no module.
    if (!response.ok || !response.headers.get("content-type")?.includes("json")) continue;
    const map = (await response.json()) as { sources: string[] };
    modules.push(...map.sources);
  }
  return modules;
}

/** Opens `hash` and waits for its first chart, drawn on a canvas. */
async function openChart(hash: string) {
  const opened = await openApp(browser, hash, { width: 900, height: 700 });
  await opened.page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    FIRST_CHART_MARK,
  );
  await opened.page.locator(".echart canvas").first().waitFor();
  await nextPaint(opened.page);
  return opened;
}

const appOnlyIn = (modules: readonly string[]) =>
  APP_ONLY.filter(([, pattern]) => modules.some((module) => pattern.test(module))).map(([name]) => name);

describe("an embedded chart loads only what its view needs", () => {
  it("the registry has embeddable charts to check", () => {
    expect(EMBED_CHARTS.length).toBeGreaterThan(0);
  });

  it("the overview, which has the app's stack, loads every module the check looks for", async () => {
    const { page } = await openChart("#/");
    expect(appOnlyIn(await loadedModules(page))).toEqual(APP_ONLY.map(([name]) => name));
    await page.close();
  });

  it.each(EMBED_CHARTS)("#/embed/%s draws its chart without loading the app", async (view) => {
    const { page, errors } = await openChart(`#/embed/${view}`);
    await expect(page.locator(".embed .echart [role=group]").count()).resolves.toBe(1);
    expect(appOnlyIn(await loadedModules(page))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a page without charts", () => {
  it("#/activities loads no ECharts code (the frame's chart host comes with the first chart)", async () => {
    const { page, errors } = await openApp(browser, "#/activities", { width: 1440, height: 900 });
    await page.locator("tbody tr[data-index]").first().waitFor();
    await nextPaint(page);
    const modules = await loadedModules(page);
    expect(modules.some((module) => /src\/app\/AppFrame\.tsx$/.test(module))).toBe(true);
    expect(
      modules.filter((module) => /node_modules\/(echarts|zrender|echarts-for-react)\//.test(module)),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
