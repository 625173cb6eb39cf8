import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VIEWPORTS, launchBrowser, openApp, saveScreenshot } from "./support/browser";
import { loadShippedActivities } from "./support/shipped-data";

const RANK = ["official", "copy", "press"];

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
    // The third research pass: A001-A412, one record per dossier row.
    expect(expected).toBe(412);
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

  it("marks copy and press sources in the table at 1440 px, sorted official first", async () => {
    // 2009 has official, copy and press first sources, few enough to be drawn at once.
    const { page, errors } = await openApp(browser, "#/activities?lang=en&year=2009&sort=source");
    await page.getByTestId("activity-count").waitFor();
    const kinds = await page
      .locator("tbody td.col-source")
      .evaluateAll((cells) =>
        cells.map((cell) => cell.querySelector(".source-kind")?.textContent ?? "official"),
      );
    expect(kinds.length).toBe(loadShippedActivities().filter((a) => a.year === 2009).length);
    expect(kinds).toEqual([...kinds].sort((a, b) => RANK.indexOf(a) - RANK.indexOf(b)));
    expect(new Set(kinds)).toEqual(new Set(RANK));
    await saveScreenshot(page, "shipped-data-source-kinds-1440");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a copy source's tag in the detail in Arabic at 390 px, without overflow", async () => {
    const copied = loadShippedActivities().find((a) => a.sources.some((source) => source.kind === "copy"));
    expect(copied).toBeDefined();
    const { page, errors } = await openApp(
      browser,
      `#/activities?lang=ar&year=${copied!.year}&activity=${copied!.id}`,
      VIEWPORTS.mobile,
    );
    const tag = page.locator(".source-kind", { hasText: "نسخة" }).first();
    await tag.waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await saveScreenshot(page, "shipped-data-source-kinds-ar-390");
    expect(overflow).toBeLessThanOrEqual(0);
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
