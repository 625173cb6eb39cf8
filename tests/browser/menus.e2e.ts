import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS_DIR, launchBrowser, openApp } from "./support/browser";
import { cardOverflows, outsideViewport, pageOverflow } from "./support/layout-checks";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WIDTHS = [360, 390, 1440] as const;
const LANGUAGES = ["en", "fr", "ar"] as const;
const ROUTES = ["#/", "#/activities", "#/compare"] as const;
// Top-level pictures in tests/artifacts are git-ignored.
const SHOTS = `${ARTIFACTS_DIR}menus-`;
const PANEL = ".popover__panel";

const shotName = (route: string, width: number, language: string) =>
  `${route.replace(/[#/]/g, "") || "overview"}-${width}-${language}`;

// What each page draws last: once it is there, so are its menus.
const READY: Record<(typeof ROUTES)[number], string> = {
  "#/": ".chart-card .share-menu",
  "#/activities": ".activities-table",
  "#/compare": ".compare-summary",
};

/** A fresh load of the route: a hash change alone would leave the last page's elements to be found. */
async function openRoute(page: Page, route: (typeof ROUTES)[number], language: string) {
  const url = new URL(`${route}?lang=${language}`, page.url()).toString();
  await page.goto("about:blank");
  await page.goto(url);
  await page.locator(READY[route]).first().waitFor();
  await page.locator(".filter-bar .popover__trigger").first().waitFor();
}

/** A point of the page that is neither in the open panel nor on anything one can press. */
function quietPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate((panelSelector) => {
    const panel = document.querySelector(panelSelector);
    const width = document.documentElement.clientWidth;
    for (let y = 120; y < window.innerHeight; y += 24)
      for (let x = 12; x < width; x += 24) {
        const hit = document.elementFromPoint(x, y);
        if (!hit || panel?.contains(hit) || hit.closest("header")) continue;
        const pressable =
          "a, button, input, select, textarea, label, svg, canvas, [tabindex]:not([tabindex='-1'])";
        if (hit.closest(pressable)) continue;
        return { x, y };
      }
    throw new Error("no quiet point on the screen");
  }, PANEL);
}

/**
 * Opens every menu of the page in turn (filters, Columns, the header's display menu on a phone, and the
 * first and last Share menu) and checks where its panel is; closes every other one with Escape, which
 * gives focus back to the trigger, and the others with a click elsewhere.
 */
async function walkMenus(page: Page, label: string) {
  const triggers = page.locator(".popover__trigger");
  const count = await triggers.count();
  const share = await page.locator(".share-menu .popover__trigger").count();
  const firstShare = count - share;
  let opened = 0;
  for (let index = 0; index < count; index += 1) {
    if (index > firstShare && index < count - 1) continue;
    const trigger = triggers.nth(index);
    if (!(await trigger.isVisible())) continue;
    const name = `${label} menu ${index} “${(await trigger.textContent())?.trim().slice(0, 30)}”`;
    await trigger.click();
    await page.locator(PANEL).waitFor();
    expect(await trigger.getAttribute("aria-expanded"), name).toBe("true");
    expect(await outsideViewport(page, PANEL), `${name}: panel outside the viewport`).toBe(0);
    expect(await pageOverflow(page), `${name}: page wider than the viewport`).toBe(0);
    if (opened % 2 === 0) {
      await page.keyboard.press("Escape");
      await page.locator(PANEL).waitFor({ state: "detached" });
      expect(
        await trigger.evaluate((element) => element === document.activeElement),
        `${name}: focus back on the trigger after Escape`,
      ).toBe(true);
    } else {
      const point = await quietPoint(page);
      await page.mouse.click(point.x, point.y);
      await page.locator(PANEL).waitFor({ state: "detached" });
    }
    expect(await trigger.getAttribute("aria-expanded"), name).toBe("false");
    opened += 1;
  }
  return opened;
}

describe("menus and cards at 360, 390 and 1440 px in English, French and Arabic", () => {
  // One test per width, so that each stays well inside the test timeout on a busy machine.
  it.each(WIDTHS)(
    "at %i px every menu opens inside the viewport, never widens the page, and closes on Escape or a click elsewhere",
    async (width) => {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      for (const language of LANGUAGES) {
        const { page, errors } = await openApp(browser, `#/?lang=${language}`, { width, height: 844 });
        for (const route of ROUTES) {
          await openRoute(page, route, language);
          const label = `${route} ${width}px ${language}`;
          // A phone's header leaves the screen to the page: brand, one menu and the links, ~120 px.
          if (width < 720) {
            const header = await page.locator(".app-header").boundingBox();
            expect(header?.height, `${label}: header height`).toBeLessThanOrEqual(125);
          }
          expect(await walkMenus(page, label), label).toBeGreaterThanOrEqual(2);
          // The picture: the last filter menu (the widest, action lines) open.
          await page.locator(".filter-bar .popover__trigger").last().click();
          await page.locator(PANEL).waitFor();
          await page.screenshot({ path: `${SHOTS}${shotName(route, width, language)}.png` });
          await page.keyboard.press("Escape");
        }
        expect(errors).toEqual([]);
        await page.close();
      }
    },
  );

  it("no card's content sticks out of it at 360 px, in all six languages", async () => {
    const { page, errors } = await openApp(browser, "#/", { width: 360, height: 800 });
    // The check itself must see an overflow when there is one.
    await page.locator("main h1").waitFor();
    await page.locator(".filter-bar").evaluate((bar) => {
      const wide = document.createElement("span");
      // Shifted out rather than wide: a wide child would widen the card with it.
      wide.style.cssText = "display:block;position:relative;left:500px";
      wide.textContent = "probe";
      bar.append(wide);
    });
    expect((await cardOverflows(page)).length).toBeGreaterThan(0);
    for (const language of ["en", "fr", "es", "ru", "zh", "ar"]) {
      for (const route of ROUTES) {
        await openRoute(page, route, language);
        // Folded parts too (the table of every role on #/compare).
        await page.evaluate(() => document.querySelectorAll("details").forEach((part) => (part.open = true)));
        expect(await cardOverflows(page), `${route} ${language}`).toEqual([]);
        expect(await pageOverflow(page), `${route} ${language}`).toBe(0);
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
