import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { VIEWPORTS, launchBrowser, openApp, saveScreenshot } from "./support/browser";
import { pointUntilTooltip } from "./support/chart-tooltip";
import { loadShippedActivities } from "./support/shipped-data";

const activities = loadShippedActivities();
const BY_SDG = "Activities per report year, by SDG";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * Waits until the chart has drawn what it shows now (its canvas is sized and its host is not waiting or
 * stale: charts update in their turn, draw-queue.ts) and no animation frame is pending.
 */
async function chartDrawn(page: Page, name: string) {
  const chart = page.getByRole("group", { name }).first();
  await chart.locator("canvas").first().waitFor();
  await page.waitForFunction((label) => {
    const group = [...document.querySelectorAll('[role="group"]')].find(
      (element) => element.getAttribute("aria-label") === label,
    );
    const canvas = group?.querySelector("canvas");
    const state = group?.querySelector("[data-chart-state]")?.getAttribute("data-chart-state");
    return Boolean(canvas && canvas.width > 0 && state === "drawn");
  }, name);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

describe("the per-year chart by SDG", () => {
  it("switches by SDG and to shares at 1440 px, in the URL, with the table's counts from the data", async () => {
    const { page, errors } = await openApp(browser, "#/");
    const card = page.getByRole("region", { name: "Activities per report year, by sector" });
    await card.waitFor();
    await card.getByRole("combobox", { name: "Draw by" }).selectOption("sdg");
    await page.waitForFunction(() => window.location.hash === "#/?by=sdg");
    const sdgCard = page.getByRole("region", { name: BY_SDG });
    await chartDrawn(page, BY_SDG);
    expect(await pointUntilTooltip(page, BY_SDG, /SDG \d+/)).toBe(true);
    await sdgCard.getByRole("checkbox", { name: "Share of the year" }).check();
    await page.waitForFunction(() => window.location.hash === "#/?by=sdg&share=1");
    await chartDrawn(page, BY_SDG);
    expect(await pointUntilTooltip(page, BY_SDG, /SDG \d+: \d+%/)).toBe(true);
    await sdgCard.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "trend-by-sdg-share-1440");

    await sdgCard.getByRole("button", { name: "Show as table" }).click();
    const header = await sdgCard.locator("thead th").allTextContents();
    expect(header.slice(1, 18)).toEqual(Array.from({ length: 17 }, (_, index) => `SDG ${index + 1}`));
    const row2023 = sdgCard.getByRole("row", { name: /^2023/ });
    const cells = await row2023.locator("td").allTextContents();
    const expected = (sdg: number) =>
      activities.filter(
        (activity) => activity.year === 2023 && activity.sdgs.some((link) => link.sdg === sdg),
      ).length;
    expect(cells.slice(0, 17).map(Number)).toEqual(
      Array.from({ length: 17 }, (_, index) => expected(index + 1)),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const lang of ["en", "fr", "ar"] as const) {
    it(`fits a 390 px phone by SDG as shares (${lang}), and the embed reads by= too`, async () => {
      const { page, errors } = await openApp(browser, `#/?by=sdg&share=1&lang=${lang}`, VIEWPORTS.mobile);
      const control = page.locator(".trend-controls");
      await control.waitFor();
      const [name] = await page.locator(".chart-card", { has: control }).locator("h2").allTextContents();
      await chartDrawn(page, name!);
      await control.scrollIntoViewIfNeeded();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const box = (await page.locator(".chart-card", { has: control }).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORTS.mobile.width);
      await saveScreenshot(page, `trend-by-sdg-share-390-${lang}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("draws #/embed/trend?by=sdg and keeps by= in the link to the full view", async () => {
    const { page, errors } = await openApp(browser, "#/embed/trend?by=sdg", VIEWPORTS.mobile);
    await chartDrawn(page, BY_SDG);
    expect(await page.locator(".trend-controls").count()).toBe(0);
    const link = await page.locator('a[href*="#/?"]').first().getAttribute("href");
    expect(link).toContain("by=sdg");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("offers SDG small multiples on the compare page", async () => {
    const { page, errors } = await openApp(browser, "#/compare");
    await page.getByRole("radio", { name: "By SDG" }).check();
    await chartDrawn(page, "Every report year, by SDG");
    await saveScreenshot(page, "compare-trend-by-sdg-1440");
    expect(errors).toEqual([]);
    await page.close();
    expect(new URL(inject("baseUrl")).protocol).toMatch(/^http/);
  });
});
