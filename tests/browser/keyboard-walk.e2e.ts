import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp, saveScreenshot } from "./support/browser";
import { loadShippedActivities } from "./support/shipped-data";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Focused {
  /** Accessible-ish name: aria-label, else the text. */
  name: string;
  tag: string;
  role: string | null;
  /** The focus ring: a visible outline of at least 2px, or a box-shadow. */
  visible: boolean;
  /** A row's title button in the activities table (its focusable part). */
  isRow: boolean;
}

function readFocus(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body)
      return { name: "", tag: "body", role: null, visible: false, isRow: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2;
    return {
      name: (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().replace(/\s+/g, " "),
      tag: element.tagName.toLowerCase(),
      role: element.getAttribute("role"),
      visible: outline || style.boxShadow !== "none",
      isRow: element.hasAttribute("data-row-focus"),
    };
  });
}

/** Presses a key until the focused element matches, checking that every stop on the way shows its focus. */
async function pressUntil(page: Page, key: string, matches: (focus: Focused) => boolean, limit = 80) {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press(key);
    const focus = await readFocus(page);
    expect(focus.visible, `focus ring on ${focus.tag} "${focus.name.slice(0, 40)}"`).toBe(true);
    if (matches(focus)) return focus;
  }
  throw new Error(`${key} ×${limit} never reached the expected element`);
}

const hash = (page: Page) => page.evaluate(() => window.location.hash);

describe("keyboard only", () => {
  it("walks from the filter bar through a chart to the table and into a row's detail", async () => {
    const activities = loadShippedActivities();
    const { page, errors } = await openApp(browser, "#/");
    await page.getByTestId("activity-count").waitFor();

    // 1. Into the filter bar: the SDG 5 tile, and Enter filters by it.
    await pressUntil(page, "Tab", (focus) => focus.tag === "button" && /^5 Gender equality/.test(focus.name));
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.location.hash === "#/?sdg=5");
    expect((await readFocus(page)).visible).toBe(true);

    // 2. On to the sector chart: arrows move between bars, Enter cross-filters.
    await pressUntil(page, "Tab", (focus) => focus.role === "group" && focus.name === "Activities by sector");
    await page.keyboard.press("ArrowDown"); // ITU-R
    await page.keyboard.press("ArrowDown"); // ITU-T
    await page.keyboard.press("ArrowDown"); // ITU-D
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.location.hash === "#/?sector=ITU-D&sdg=5");
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "group");
    expect(await readFocus(page)).toMatchObject({ role: "group", visible: true });
    await saveScreenshot(page, "keyboard-walk-chart");

    // 3. Back up to the main navigation and into the activities table.
    await pressUntil(page, "Shift+Tab", (focus) => focus.tag === "a" && focus.name === "Activities");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.location.hash === "#/activities");
    // The page loads as its own chunk: Tab only once it is there (a key pressed during the loading
    // placeholder would land on the document when the placeholder is replaced).
    await page.getByTestId("activities-scroller").waitFor();
    const firstRow = await pressUntil(page, "Tab", (focus) => focus.isRow, 120);

    // 4. Down one row, and Enter opens its detail: the URL names the activity, focus moves to its title.
    await page.keyboard.press("ArrowDown");
    // The table may scroll before it moves the focus (virtualised rows): wait for the focus to move.
    await page.waitForFunction(
      (previous) => document.activeElement?.textContent?.trim().replace(/\s+/g, " ") !== previous,
      firstRow.name,
    );
    const second = await readFocus(page);
    expect(second.isRow).toBe(true);
    expect(second.visible).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /[?&]activity=/.test(window.location.hash));
    const id = new URLSearchParams((await hash(page)).split("?")[1]).get("activity");
    const opened = activities.find((activity) => activity.id === id);
    expect(opened?.title).toBe(second.name);
    // The URL changes before the detail is drawn and focused: wait for the focus to arrive.
    await page.waitForFunction(() => document.activeElement?.tagName === "H2");
    const heading = await readFocus(page);
    expect(heading).toMatchObject({ tag: "h2", name: opened?.title, visible: true });
    await saveScreenshot(page, "keyboard-walk-detail");

    // Esc closes it and the URL forgets the activity.
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !/[?&]activity=/.test(window.location.hash));
    expect(errors).toEqual([]);
    await page.close();
  });
});
