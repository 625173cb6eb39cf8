import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CHART_PALETTES } from "../../src/components/chart/chart-palette";
import {
  checkAtBothWidths,
  launchBrowser,
  nextPaint,
  openApp,
  saveScreenshot,
  VIEWPORTS,
} from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const themeOf = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
/** The colours painted (not transparent) on a chart's canvas, as "#rrggbb". */
const canvasColours = (page: Page, chartName: string) =>
  page
    .getByRole("group", { name: chartName })
    .locator("canvas")
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
      const seen = new Set<string>();
      for (let index = 0; index < data.length; index += 4) {
        if (data[index + 3] !== 255) continue;
        const hex = [data[index], data[index + 1], data[index + 2]]
          .map((channel) => (channel ?? 0).toString(16).padStart(2, "0"))
          .join("");
        seen.add(`#${hex}`);
      }
      return [...seen];
    });
/** Waits until a chart's canvas holds a colour (its last draw is on screen), and returns its colours. */
async function drawnWith(page: Page, chartName: string, colour: string): Promise<string[]> {
  await page.waitForFunction(
    ([name, wanted]) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`[aria-label="${name}"] canvas`);
      const context = canvas?.getContext("2d");
      if (!canvas || !context) return false;
      const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(wanted!.slice(at, at + 2), 16));
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let index = 0; index < data.length; index += 4) {
        if (data[index] === r && data[index + 1] === g && data[index + 2] === b && data[index + 3] === 255)
          return true;
      }
      return false;
    },
    [chartName, colour],
  );
  return canvasColours(page, chartName);
}
/** Waits until all five overview charts hold a canvas: they draw one after another, near ones first (draw-queue.ts). */
const chartsDrawn = (page: Page) =>
  page.waitForFunction(() => {
    const charts = [...document.querySelectorAll(".echart")];
    return charts.length >= 5 && charts.every((chart) => chart.querySelector("canvas") !== null);
  });

describe("themes", () => {
  it("theme=dark darkens the page and the charts, at 1440 and 390 px", async () => {
    await checkAtBothWidths("overview-dark", async (viewport) => {
      const opened = await openApp(browser, "#/?theme=dark", viewport);
      const { page } = opened;
      await page.getByTestId("activity-count").waitFor();
      await chartsDrawn(page);
      expect(await themeOf(page)).toBe("dark");
      expect(await pageBackground(page)).toBe("rgb(15, 19, 24)");
      // Every chart is drawn (on canvas) with the dark ECharts theme: light axis labels on the dark card.
      const chartThemes = await page
        .locator(".echart [data-echarts-theme]")
        .evaluateAll((hosts) => hosts.map((host) => host.getAttribute("data-echarts-theme")));
      expect(chartThemes.length).toBeGreaterThanOrEqual(5);
      expect(new Set(chartThemes)).toEqual(new Set([CHART_PALETTES.dark.echartsTheme]));
      // ECharts draws the axes in the dark palette's colours, not in its own light defaults.
      const { dark, light } = CHART_PALETTES;
      const colours = await drawnWith(page, "Activities by SDG", dark.axisLabel);
      expect(colours).toContain(dark.splitLine);
      expect(colours).not.toContain(light.axisLabel);
      expect(colours).not.toContain(light.splitLine);
      return opened;
    });
  });

  it("follows prefers-color-scheme, and the picker's choice wins, is saved and leaves no theme in the URL", async () => {
    const context = await browser.newContext({ colorScheme: "dark", viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(new URL("#/activities", inject("baseUrl")).toString());
    await page.getByLabel("Theme").waitFor();
    expect(await themeOf(page)).toBe("dark");
    expect(await page.getByLabel("Theme").inputValue()).toBe("system");

    await page.goto(new URL("#/activities?theme=contrast", inject("baseUrl")).toString());
    await page.waitForFunction(() => document.documentElement.dataset.theme === "contrast");
    expect(await page.getByLabel("Theme").inputValue()).toBe("contrast");

    await page.getByLabel("Theme").selectOption("light");
    await page.waitForFunction(() => document.documentElement.dataset.theme === "light");
    expect(new URL(page.url()).hash).toBe("#/activities");
    expect(await page.evaluate(() => localStorage.getItem("wsis-dashboard:theme"))).toBe("light");
    await page.reload();
    await page.getByLabel("Theme").waitFor();
    expect(await themeOf(page)).toBe("light");
    expect(await pageBackground(page)).toBe("rgb(243, 246, 250)");
    await context.close();
  });

  it("pattern=1 fills the chart series with patterns, and the switch turns them off", async () => {
    const { page, errors } = await openApp(browser, "#/?pattern=1");
    const chart = page.getByRole("group", { name: "Activities by WSIS action line and sector" });
    await chart.locator("canvas").waitFor();
    await expect(chart.locator("[data-patterns]").getAttribute("data-patterns")).resolves.toBe("on");
    expect(await page.getByLabel("Chart patterns").isChecked()).toBe(true);
    await saveScreenshot(page, "overview-patterns");

    await page.getByLabel("Chart patterns").uncheck();
    await page.waitForFunction(() => document.querySelectorAll('.echart [data-patterns="on"]').length === 0);
    expect(new URL(page.url()).hash).toBe("#/");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("high contrast draws black on white and outlines the bars, whatever their data colour", async () => {
    const { page } = await openApp(browser, "#/?theme=contrast");
    await page.getByTestId("activity-count").waitFor();
    await chartsDrawn(page);
    expect(await pageBackground(page)).toBe("rgb(255, 255, 255)");
    // The bars are on a canvas: read its pixels. The sector colour is the data's own; the outline beside
    // it is the palette's, so that the orange bar (2:1 on white) still stands out at 3:1.
    await drawnWith(page, "Activities by sector", "#e69f00");
    const edges = await page
      .getByRole("group", { name: "Activities by sector" })
      .locator("canvas")
      .evaluate((canvas: HTMLCanvasElement) => {
        const { data, width } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
        const isOrange = (pixel: number) =>
          data[pixel * 4] === 0xe6 && data[pixel * 4 + 1] === 0x9f && data[pixel * 4 + 3] === 255;
        // A dark, mostly opaque pixel: the outline (an orange bar's own anti-aliased edge stays orange).
        const isDark = (pixel: number) => (data[pixel * 4 + 3] ?? 0) >= 128 && (data[pixel * 4] ?? 255) < 128;
        let orange = 0;
        let bordered = 0;
        for (let pixel = width * 2; pixel < data.length / 4 - width * 2; pixel += 1) {
          if (!isOrange(pixel)) continue;
          orange += 1;
          if ([1, -1, 2, -2, width, -width, 2 * width, -2 * width].some((step) => isDark(pixel + step)))
            bordered += 1;
        }
        return { orange, bordered };
      });
    // The bar's rim is dark all round (light draws no outline: only where it meets the axis line).
    expect(edges.bordered / edges.orange).toBeGreaterThan(0.1);
    await nextPaint(page);
    await saveScreenshot(page, "overview-contrast");
    await page.close();
  });
});

describe("print", () => {
  it("prints landscape with the view's link, date, years and filters in the footer and no navigation", async () => {
    const { page, errors } = await openApp(browser, "#/?sdg=5&year=2023~2024&theme=dark");
    await page.getByTestId("activity-count").waitFor();
    await chartsDrawn(page);
    const footer = page.getByTestId("print-footer");
    expect(await footer.isVisible()).toBe(false);

    await page.emulateMedia({ media: "print" });
    expect(await footer.isVisible()).toBe(true);
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    const text = (await footer.textContent()) ?? "";
    expect(text).toContain(page.url());
    expect(text).toContain("SDG 5");
    expect(text).toContain("Report years: 2023, 2024");
    expect(text).toContain(new Intl.DateTimeFormat("en", { dateStyle: "long" }).format(new Date()));
    // Paper is light even when the screen is dark.
    expect(await pageBackground(page)).toBe("rgb(255, 255, 255)");
    await nextPaint(page);
    await saveScreenshot(page, "overview-print");

    const pdf = await page.pdf({ landscape: true, format: "A4", printBackground: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(12);
    expect(errors).toEqual([]);
    await page.close();
  });
});
