import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VIEWPORTS, launchBrowser, openApp, saveScreenshot } from "./support/browser";
import { loadShippedActivities } from "./support/shipped-data";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the built app on the shipped data", () => {
  it("shows the heading and every shipped activity, with no console errors", async () => {
    const expected = loadShippedActivities().length;
    expect(expected).toBeGreaterThan(0);
    const { page, errors } = await openApp(browser, "#/");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/WSIS/);
    const count = page.getByTestId("activity-count");
    await count.waitFor();
    expect(Number((await count.textContent())?.replace(/\D/g, ""))).toBe(expected);
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    await saveScreenshot(page, "shipped-data-desktop");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits a 390 px phone screen", async () => {
    const { page, errors } = await openApp(browser, "#/", VIEWPORTS.mobile);
    await page.getByTestId("activity-count").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await saveScreenshot(page, "shipped-data-mobile");
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
