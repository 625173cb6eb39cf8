import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { inject } from "vitest";
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
  const page = await browser.newPage({ viewport, serviceWorkers: "block" });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL(hash, inject("baseUrl")).toString());
  return { page, errors };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = `${ARTIFACTS_DIR}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The activity count a page shows (data-testid="activity-count"), as a number. */
export async function readShownCount(page: Page): Promise<number> {
  return Number((await page.getByTestId("activity-count").textContent())?.replace(/\D/g, ""));
}
