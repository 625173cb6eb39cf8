import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect, inject } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../../scripts/bench/chromium";

export const ARTIFACTS_DIR = fileURLToPath(new URL("../../artifacts/", import.meta.url));

export const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  mobile: { width: 390, height: 844 },
} as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen since the page opened. */
  errors: string[];
}

/** Opens the built app at a hash route, e.g. "#/?sdg=9", and records every console error. */
export async function openApp(
  browser: Browser,
  hash = "#/",
  viewport: { width: number; height: number } = VIEWPORTS.desktop,
): Promise<OpenedPage> {
  // Service workers are tested on their own (offline.e2e.ts); elsewhere their precaching is only noise.
  // Reduced motion: charts draw their final picture at once, so no test waits out an animation.
  const page = await browser.newPage({ viewport, serviceWorkers: "block", reducedMotion: "reduce" });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await failOnUnhandledRejection(page);
  await page.goto(new URL(hash, inject("baseUrl")).toString());
  await untilInteractive(page);
  return { page, errors };
}

/** An unhandled promise rejection becomes a console error, which the tests that read `errors` fail on. */
export async function failOnUnhandledRejection(page: Page): Promise<void> {
  await page.addInitScript(() =>
    window.addEventListener("unhandledrejection", (event) =>
      console.error(`Unhandled promise rejection: ${String(event.reason)}`),
    ),
  );
}

/** Resolves once the browser has painted twice more, so that what the last change drew is on screen. */
export function nextPaint(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = `${ARTIFACTS_DIR}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * A view at 1440 and 390 px: `open` opens it at a viewport and waits until it is drawn (making any checks of
 * its own); each width then gets its screenshot (`<name>-1440`, `<name>-390`), no horizontal overflow and
 * no console errors.
 */
export async function checkAtBothWidths(
  name: string,
  open: (viewport: { width: number; height: number }) => Promise<OpenedPage>,
): Promise<void> {
  for (const [width, viewport] of [
    ["1440", VIEWPORTS.desktop],
    ["390", VIEWPORTS.mobile],
  ] as const) {
    const { page, errors } = await open(viewport);
    await nextPaint(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await saveScreenshot(page, `${name}-${width}`);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  }
}

/** The activity count a page shows (data-testid="activity-count"), as a number. */
export async function readShownCount(page: Page): Promise<number> {
  return Number((await page.getByTestId("activity-count").textContent())?.replace(/\D/g, ""));
}

/**
 * Resolves once the page answers input: at once when it renders itself, after the hydration where it
 * shows the prerendered landing view (docs/decisions/014), which is on screen before React listens.
 */
export function untilInteractive(page: Page): Promise<unknown> {
  return page.waitForFunction(() => document.documentElement.getAttribute("data-landing") !== "prerendered");
}
