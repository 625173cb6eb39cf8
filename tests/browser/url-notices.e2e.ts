import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdirSync } from "node:fs";
import {
  ARTIFACTS_DIR,
  VIEWPORTS,
  launchBrowser,
  nextPaint,
  openApp,
  readShownCount,
} from "./support/browser";
import { loadShippedActivities } from "./support/shipped-data";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const withSdg9 = loadShippedActivities().filter((activity) =>
  activity.sdgs.some((link) => link.sdg === 9),
).length;

/** The items of the page's notice of ignored link values, once it shows. */
async function noticeItems(page: Page, label: string): Promise<string[]> {
  const notice = page.getByRole("complementary", { name: label });
  await notice.locator("li").first().waitFor();
  return notice.locator("li").allTextContents();
}

/** What the reader sees first (the notice sits at the top), not the whole long page. */
async function saveScreenshot(page: Page, name: string) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS_DIR}${name}.png` });
}

/** No horizontal scrolling and no console error: what every screenshot here must also hold. */
async function expectTidy(page: Page, errors: string[]) {
  await nextPaint(page);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
}

describe("every dropped value of a link is said, in the reader's language", () => {
  it("en, 1440 px: the activities page names sort, hide, theme and lang, and the good filter still applies", async () => {
    const { page, errors } = await openApp(
      browser,
      "#/activities?sdg=9&sort=-nope&hide=summary~bogus&theme=purple&lang=xx",
      VIEWPORTS.desktop,
    );
    const items = await noticeItems(page, "Link values ignored");
    expect(items).toEqual([
      expect.stringMatching(/^sort=-nope \(not a column of the table; columns: /),
      expect.stringMatching(/^hide=bogus \(not a column of the table; columns: /),
      "theme=purple (themes are light, dark, contrast and contrast-dark)",
      "lang=xx (languages are ar, zh, en, fr, ru and es)",
    ]);
    expect(await readShownCount(page)).toBe(withSdg9);
    expect(await page.getByRole("columnheader", { name: /Summary/ }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).not.toBe("purple");
    await saveScreenshot(page, "url-notices-activities-en-1440");
    await expectTidy(page, errors);
    await page.close();
  });

  it("fr, 390 px: the overview words each notice in French", async () => {
    const { page, errors } = await openApp(
      browser,
      `#/?lang=fr&by=colour&share=2&year=20x2&sdg=9&line=C1.${"x".repeat(300)}`,
      VIEWPORTS.mobile,
    );
    const items = await noticeItems(page, "Valeurs du lien ignorées");
    expect(items).toEqual([
      "year=20x2 (une année s'écrit avec quatre chiffres, p. ex. 2023)",
      expect.stringMatching(/^line=C1\.x+… \(trop long pour être une valeur\)$/),
      "by=colour (valeur attendue\u00a0: sector, line ou sdg)",
      "share=2 (valeur attendue\u00a0: 1 (oui) ou 0 (non))",
    ]);
    expect(await readShownCount(page)).toBe(withSdg9);
    await saveScreenshot(page, "url-notices-overview-fr-390");
    await expectTidy(page, errors);
    await page.close();
  });

  it("ar, 390 px: the value is isolated left to right inside the Arabic sentence", async () => {
    const { page, errors } = await openApp(
      browser,
      `#/activities?lang=ar&sort=${encodeURIComponent("\u202Eeltit")}&theme=${encodeURIComponent("ليلي")}`,
      VIEWPORTS.mobile,
    );
    const notice = page.getByRole("complementary", { name: "قيم الرابط التي جرى تجاهلها" });
    const items = await noticeItems(page, "قيم الرابط التي جرى تجاهلها");
    expect(items).toHaveLength(2);
    // The override cannot turn "eltit" into "title" on screen: it is shown as a mark.
    expect(items[0]).toMatch(/^sort=\uFFFDeltit \(/);
    expect(items[1]).toMatch(/^theme=ليلي \(السمات هي/);
    const values = notice.locator("code");
    for (const value of await values.all()) {
      expect(await value.getAttribute("dir")).toBe("ltr");
      expect(await value.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe("isolate");
    }
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await saveScreenshot(page, "url-notices-activities-ar-390");
    await expectTidy(page, errors);
    await page.close();
  });

  it("an embed in its iframe shows a compact notice that hides on request, and posts its new height", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const src = new URL("#/embed/sdgs?sdg=5&title=maybe&bg=pink&theme=neon&legend=0", inject("baseUrl"));
    await page.setContent(`<!doctype html><html><body style="margin:0">
      <iframe id="embed" title="WSIS chart" src="${src.toString()}" width="600" height="500" style="border:0"></iframe>
      <script>
        window.heights = [];
        window.addEventListener("message", (event) => {
          if (event.data && event.data.type === "wsis-dashboard:height") window.heights.push(event.data.height);
        });
      </script></body></html>`);
    const frame = page.frameLocator("#embed");
    const notice = frame.getByRole("complementary", { name: "Link values ignored" });
    await notice.waitFor();
    await frame.getByRole("group", { name: /Activities by SDG/ }).waitFor();
    expect(await notice.textContent()).toMatch(
      /^Ignored in this link: title=maybe \(expected 1 \(on\) or 0 \(off\)\)bg=pink \(expected transparent\)theme=neon \(themes are /,
    );
    const noticeHeight = (await notice.boundingBox())?.height ?? Infinity;
    expect(noticeHeight).toBeLessThan(60);
    await saveScreenshot(page, "url-notices-embed-en");
    const heights = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    await page.waitForFunction(() => (window as unknown as { heights: number[] }).heights.length > 0);
    const before = (await heights()).at(-1)!;
    await notice.getByRole("button", { name: "Hide this notice" }).click();
    await notice.waitFor({ state: "detached" });
    await page.waitForFunction(
      (last) => (window as unknown as { heights: number[] }).heights.at(-1) !== last,
      before,
    );
    const after = (await heights()).at(-1)!;
    expect(before - after).toBeGreaterThan(10);
    expect(before - after).toBeLessThan(noticeHeight + 20);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fr and ar, 390 px: an embed's notice in the reader's language", async () => {
    for (const [lang, label, start] of [
      ["fr", "Valeurs du lien ignorées", "Ignoré dans ce lien\u00a0:"],
      ["ar", "قيم الرابط التي جرى تجاهلها", "جرى تجاهله في هذا الرابط:"],
    ] as const) {
      const { page, errors } = await openApp(
        browser,
        `#/embed/trend?lang=${lang}&by=nope&sdg=5~99&bg=pink&legend=0`,
        VIEWPORTS.mobile,
      );
      const notice = page.getByRole("complementary", { name: label });
      await notice.waitFor();
      // The good values still apply: the chart draws (on its canvas) under the notice.
      await page.locator('[role="group"] canvas').first().waitFor();
      await page.waitForFunction(
        () => (document.querySelector('[role="group"] canvas') as HTMLCanvasElement).width > 0,
      );
      expect((await notice.textContent())?.startsWith(start)).toBe(true);
      await saveScreenshot(page, `url-notices-embed-${lang}-390`);
      await expectTidy(page, errors);
      await page.close();
    }
  });
});
