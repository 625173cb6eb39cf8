import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS_DIR, VIEWPORTS, launchBrowser, openApp } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the detail stands: open as a modal, covering the screen, the only thing a press can reach. */
function readModal(page: Page) {
  return page.evaluate(() => {
    const dialog = document.querySelector("dialog.detail-dialog");
    if (!(dialog instanceof HTMLDialogElement)) return undefined;
    const rect = dialog.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const points = [0.1, 0.5, 0.9].flatMap((fx) =>
      [0.1, 0.5, 0.9].map((fy) => document.elementFromPoint(width * fx, window.innerHeight * fy)),
    );
    return {
      modal: dialog.matches(":modal"),
      covers: rect.left <= 0 && rect.top <= 0 && rect.right >= width && rect.bottom >= window.innerHeight - 1,
      everyPointInside: points.every((hit) => hit !== null && dialog.contains(hit)),
      focusInside: dialog.contains(document.activeElement),
    };
  });
}

const hasActivity = (page: Page) => new URL(page.url()).hash.includes("activity=");

describe("the activity detail on a phone", () => {
  it("is a modal over the whole screen at every scroll position, in English and Arabic, and Escape, × and Back close it", async () => {
    for (const language of ["en", "ar"]) {
      const { page, errors } = await openApp(browser, `#/activities?lang=${language}`, VIEWPORTS.mobile);
      await page.locator(".activities-table").waitFor();
      const scrollable = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      expect(scrollable).toBeGreaterThan(800);
      for (const [step, share] of [0, 0.4, 1].entries()) {
        const y = Math.round(share * scrollable);
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.evaluate(() => (window.location.hash = window.location.hash + "&activity=A169"));
        await page.locator("dialog.detail-dialog h2").waitFor();
        const state = await readModal(page);
        expect(state, `${language} at ${y}px`).toMatchObject({
          modal: true,
          covers: true,
          everyPointInside: true,
          focusInside: true,
        });
        // Tab stays inside: the page behind is inert.
        for (let press = 0; press < 8; press += 1) await page.keyboard.press("Tab");
        expect((await readModal(page))?.focusInside, `${language} at ${y}px, Tab`).toBe(true);
        // The page behind does not scroll while the detail is open.
        const before = await page.evaluate(() => window.scrollY);
        await page.mouse.wheel(0, 600);
        expect(await page.evaluate(() => window.scrollY)).toBe(before);
        // The screen as the reader sees it (a full-page picture would unfold the page behind the dialog).
        await page.screenshot({ path: `${ARTIFACTS_DIR}phone-detail-${language}-${step}.png` });

        if (step === 0) await page.keyboard.press("Escape");
        else if (step === 1) await page.locator("dialog.detail-dialog .activity-detail__close").click();
        else await page.goBack();
        await page.locator("dialog.detail-dialog").waitFor({ state: "detached" });
        expect(hasActivity(page), `${language}: closing removes ?activity=`).toBe(false);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("stays a side panel on a wide screen", async () => {
    const { page, errors } = await openApp(browser, "#/activities?activity=A169", VIEWPORTS.desktop);
    await page.locator(".activity-detail h2").waitFor();
    expect(await page.locator("dialog.detail-dialog").count()).toBe(0);
    expect(await page.locator(".activities-layout.has-detail .activity-detail").isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
