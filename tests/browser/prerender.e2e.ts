import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, nextPaint, readShownCount, VIEWPORTS } from "./support/browser";
import { loadShippedActivities } from "./support/shipped-data";
import { FIRST_CHART_MARK } from "../../src/components/chart/first-chart-mark";

const activities = loadShippedActivities();
const withSdg = (sdg: number) =>
  activities.filter((activity) => activity.sdgs.some((link) => link.sdg === sdg));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Watch {
  /** At the first animation frame: whether any prerendered element was on screen. */
  firstFrame: { prerenderShown: boolean; hadPrerender: boolean } | undefined;
  layoutShift: number;
  violations: string[];
  /** Whether the prerendered page's own elements are still in the document (hydrated, not replaced). */
  keptNodes: boolean;
  /**
   * Every value written to <html>'s data-theme, in order, and whether the page was still being parsed
   * (the pre-paint script) or not (the app's modules): each write restyles the whole page.
   */
  themeWrites: Array<{ theme: string | null; parsing: boolean }>;
}

/**
 * Before any script of the page: records the first animation frame, layout shifts, CSP violations, and
 * tags the prerendered page's header so that a hydration (which keeps the nodes) can be told from a new
 * render (which replaces them).
 */
const WATCH = `(() => {
  const watch = { firstFrame: undefined, layoutShift: 0, violations: [], tagged: null, themeWrites: [] };
  window.__watch = watch;
  // <html> is not parsed yet when this runs: watch the document for it.
  new MutationObserver((records) => {
    for (const record of records)
      if (record.target === document.documentElement)
        watch.themeWrites.push({
          theme: record.target.getAttribute("data-theme"),
          parsing: document.readyState === "loading",
        });
  }).observe(document, { subtree: true, attributeFilter: ["data-theme"] });
  document.addEventListener("securitypolicyviolation", (event) =>
    watch.violations.push(event.effectiveDirective + " " + event.blockedURI + " " + event.sample));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) watch.layoutShift += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  requestAnimationFrame(() => {
    const root = document.getElementById("root");
    const hadPrerender = !!root && root.hasAttribute("data-prerendered") && root.children.length > 0;
    const shown = hadPrerender && [...root.querySelectorAll("svg, h1, .kpi-tile")].some((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    });
    watch.firstFrame = { prerenderShown: shown, hadPrerender };
  });
  document.addEventListener("DOMContentLoaded", () => {
    watch.tagged = document.querySelector("#root .app-header");
  });
})();`;

async function open(
  hash: string,
  options: BrowserContextOptions & { savedTheme?: string } = {},
  prepare?: (page: Page) => Promise<void>,
) {
  const { savedTheme, ...contextOptions } = options;
  const context = await browser.newContext({
    viewport: VIEWPORTS.desktop,
    serviceWorkers: "block",
    locale: "en-US",
    ...contextOptions,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  if (savedTheme) {
    await page.addInitScript((theme) => localStorage.setItem("wsis-dashboard:theme", theme), savedTheme);
  }
  await page.addInitScript(WATCH);
  await prepare?.(page);
  await page.goto(new URL(hash, inject("baseUrl")).toString());
  if (new URL(hash, "http://x").hash.startsWith("#/activities")) {
    await page.locator("tbody tr").first().waitFor();
  } else {
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_CHART_MARK);
    await page.waitForFunction(() => document.querySelectorAll(".echart canvas").length >= 6);
  }
  await nextPaint(page);
  const watch = (await page.evaluate(() => {
    const watched = (window as unknown as { __watch: Watch & { tagged: Element | null } }).__watch;
    const header = document.querySelector("#root .app-header");
    return { ...watched, tagged: null, keptNodes: watched.tagged !== null && watched.tagged === header };
  })) as Watch;
  return { page, errors, watch, close: () => context.close() };
}

describe("the prerendered landing view", () => {
  it("is in the served index.html: the overview's KPIs from the shipped data and its charts as SVG", async () => {
    const html = await (await fetch(new URL("index.html", inject("baseUrl")))).text();
    const root = html.slice(html.indexOf('<div id="root"'));
    expect(root).toMatch(
      new RegExp(`data-testid="activity-count">${activities.length.toLocaleString("en")}<`),
    );
    const sdgs = new Set(activities.flatMap((activity) => activity.sdgs.map((link) => link.sdg)));
    expect(root).toMatch(new RegExp(`data-testid="kpi-sdgs"[^>]*>${sdgs.size}<`));

    // Six charts, each an SVG with its shapes; the SDG chart writes its largest count on its bar.
    const svgs = root.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBe(6);
    for (const svg of svgs) expect((svg.match(/<(path|rect)\b/g) ?? []).length).toBeGreaterThan(5);
    const largestSdg = Math.max(...[...sdgs].map((sdg) => withSdg(sdg).length));
    const sdgCard = root.slice(root.indexOf('data-view="sdgs"'));
    const sdgSvg = sdgCard.slice(sdgCard.indexOf("<svg"), sdgCard.indexOf("</svg>"));
    expect(sdgSvg).toContain(`>${largestSdg}</text>`);
  });

  it("shows at 1440 px, hydrates without a shift or an error, and a click on an SDG tile then filters", async () => {
    const { page, errors, watch, close } = await open("#/");
    expect(watch.firstFrame).toEqual({ prerenderShown: true, hadPrerender: true });
    expect(watch.keptNodes).toBe(true);
    // The pre-paint script's write only: a later one would restyle the painted prerender.
    expect(watch.themeWrites).toEqual([{ theme: "light", parsing: true }]);
    expect(await page.getAttribute("html", "data-landing")).toBe("hydrated");
    expect(watch.layoutShift).toBeLessThan(0.001);
    expect(watch.violations).toEqual([]);
    expect(errors).toEqual([]);

    // Each prerendered chart was as wide as the interactive one that replaced it (landing-layout.ts).
    const widths = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".echart .echarts-for-react")].map((host) => ({
        host: host.clientWidth,
        canvas: host.querySelector("canvas")?.getBoundingClientRect().width,
      })),
    );
    expect(widths).toHaveLength(6);
    for (const { host, canvas } of widths) expect(canvas).toBe(host);
    const html = await (await fetch(new URL("index.html", inject("baseUrl")))).text();
    const drawn = [...html.matchAll(/<svg width="(\d+)"/g)].map((match) => Number(match[1]));
    expect(drawn.sort()).toEqual(widths.map(({ host }) => host).sort());

    await page.locator(".sdg-picker__grid .sdg-tile").nth(4).click();
    await page.waitForFunction(() => window.location.hash === "#/?sdg=5");
    expect(await readShownCount(page)).toBe(withSdg(5).length);
    expect(errors).toEqual([]);
    await close();
  });

  it("is replaced, never hydrated, when the served data is not the data it was rendered from", async () => {
    const { page, errors, watch, close } = await open("#/", {}, async (page) => {
      await page.route("**/data/startup.json", async (route) => {
        const startup = (await (await route.fetch()).json()) as { files: Record<string, string> };
        const [path, text] = Object.entries(startup.files)
          .filter(([name]) => name.startsWith("reports/"))
          .sort(([, a], [, b]) => b.length - a.length)[0] as [string, string];
        const report = JSON.parse(text) as { activities: unknown[] };
        report.activities.pop();
        startup.files[path] = JSON.stringify(report);
        await route.fulfill({ json: startup });
      });
    });
    expect(watch.keptNodes).toBe(false);
    expect(await readShownCount(page)).toBe(activities.length - 1);
    expect(await page.locator("#root[data-prerendered]").count()).toBe(0);
    expect(watch.violations).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  const others: Array<[string, string, BrowserContextOptions & { savedTheme?: string }]> = [
    ["a filter", "#/?sdg=5", {}],
    ["another page", "#/activities", {}],
    ["another language", "#/?lang=fr", {}],
    ["a saved dark theme", "#/", { savedTheme: "dark" }],
    ["a dark system theme", "#/", { colorScheme: "dark" }],
    ["an Arabic browser", "#/", { locale: "ar" }],
    ["a phone", "#/", { viewport: VIEWPORTS.mobile }],
  ];
  for (const [what, hash, options] of others) {
    it(`is never on screen for ${what} (${hash})`, async () => {
      const { page, errors, watch, close } = await open(hash, options);
      expect(watch.firstFrame).toEqual({ prerenderShown: false, hadPrerender: true });
      expect(watch.keptNodes).toBe(false);
      expect(await page.locator("#root[data-prerendered]").count()).toBe(0);
      expect(watch.violations).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});
