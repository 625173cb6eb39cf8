import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VIEWPORTS, launchBrowser, openApp, saveScreenshot } from "./support/browser";

const root = fileURLToPath(new URL("../..", import.meta.url));
const readJson = <T>(path: string): T => JSON.parse(readFileSync(`${root}/${path}`, "utf8")) as T;

type Catalog = {
  app: { nav: Record<string, string>; languageLabel: string };
  overview: { heading: string; charts: Record<string, string> };
  embed: { source: string; sourceCompiled: string };
};
const catalog = (language: string) => readJson<Catalog>(`src/i18n/locales/${language}.json`);
// The official names, read from the data file itself: the test must not restate them.
const sdgNames = readJson<{ goals: Record<string, Record<string, { short: string }>> }>(
  "data/sdg-names-i18n.json",
);

const LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function waitForOverview(page: Page) {
  await page.getByTestId("activity-count").waitFor();
  await page.locator(".echart canvas").first().waitFor();
}

/** Wider content than the viewport, in either direction (right-to-left pages overflow to the left). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe("languages", () => {
  for (const language of LANGUAGES) {
    it(`#/?lang=${language}: html lang and dir, heading, navigation and the official SDG names`, async () => {
      const { page, errors } = await openApp(browser, `#/?lang=${language}`);
      await waitForOverview(page);
      const text = catalog(language);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(language === "ar" ? "rtl" : "ltr");
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(text.overview.heading);
      const nav = page.getByRole("navigation").first();
      expect(await nav.getByRole("link").allTextContents()).toEqual([
        text.app.nav.overview,
        text.app.nav.activities,
        text.app.nav.compare,
        text.app.nav.present,
      ]);
      const shown = await page.locator(".sdg-tile__name").allTextContents();
      expect(shown).toEqual(
        Array.from({ length: 17 }, (_, index) => sdgNames.goals[String(index + 1)]![language]!.short),
      );
      await expect(page.getByRole("group", { name: text.overview.charts.sdgs }).count()).resolves.toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("switches language with the keyboard on the header's switcher, and writes lang into the URL", async () => {
    const { page } = await openApp(browser, "#/activities?lang=en&sdg=5");
    await page.getByTestId("activity-count").waitFor();
    const switcher = page.getByRole("combobox", { name: "Language" });
    await switcher.focus();
    // English is third of ar, zh, en, fr, ru, es: one step down is French.
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(() => document.documentElement.lang === "fr");
    const url = new URL(page.url());
    expect(url.hash).toBe("#/activities?sdg=5&lang=fr");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Activités");
    await expect(
      page.getByRole("combobox", { name: catalog("fr").app.languageLabel }).inputValue(),
    ).resolves.toBe("fr");
    // A link inside the app that does not repeat lang keeps the language (and puts it back into the URL).
    await page.getByRole("link", { name: catalog("fr").app.nav.compare }).click();
    await page.waitForFunction(() => window.location.hash === "#/compare?lang=fr");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    await page.close();
  });

  it("an embed with lang=fr speaks French", async () => {
    const { page, errors } = await openApp(browser, "#/embed/sdgs?lang=fr", { width: 800, height: 600 });
    const text = catalog("fr");
    await page.getByRole("group", { name: text.overview.charts.sdgs }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect(await page.locator(".embed__source").textContent()).toContain(text.embed.sourceCompiled);
    // The link to the full view keeps the language.
    expect(await page.locator(".embed__source a").getAttribute("href")).toMatch(/#\/\?lang=fr$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`Arabic at ${viewport.width} px is right to left with no horizontal overflow`, async () => {
      const { page, errors } = await openApp(browser, "#/?lang=ar", viewport);
      await waitForOverview(page);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      // The header's brand starts at the right edge, as Arabic reads.
      const brand = await page.locator(".app-header__brand").boundingBox();
      expect(brand!.x + brand!.width).toBeGreaterThan(viewport.width * 0.75);
      const file = `overview-ar-${viewport.width}`;
      await saveScreenshot(page, file);
      expect(errors, name).toEqual([]);
      await page.close();
    });
  }

  for (const language of ["ar", "en"]) {
    it(`every route fits a 360 px screen in ${language}`, async () => {
      for (const route of ["#/", "#/activities", "#/compare", "#/present", "#/embed/sdgs"]) {
        const { page } = await openApp(
          browser,
          `${route}${route.includes("?") ? "&" : "?"}lang=${language}`,
          { width: 360, height: 780 },
        );
        await page.locator("main, .embed").first().waitFor();
        await page.waitForLoadState("networkidle");
        if (route !== "#/present")
          await page.locator("[data-testid=activity-count], .echart canvas").first().waitFor();
        expect(await horizontalOverflow(page), `${route} in ${language}`).toBeLessThanOrEqual(0);
        if (language === "ar") await saveScreenshot(page, `360-ar-${route.replace(/\W+/g, "-")}`);
        await page.close();
      }
    });
  }

  for (const route of ["activities", "compare"]) {
    it(`#/${route} in Arabic at 1440 and 390 px has no horizontal overflow`, async () => {
      for (const viewport of Object.values(VIEWPORTS)) {
        const { page, errors } = await openApp(browser, `#/${route}?lang=ar`, viewport);
        await page.getByTestId(route === "compare" ? "total-change" : "activity-count").waitFor();
        await page.waitForLoadState("networkidle");
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await saveScreenshot(page, `${route}-ar-${viewport.width}`);
        expect(errors).toEqual([]);
        await page.close();
      }
    });
  }
});
