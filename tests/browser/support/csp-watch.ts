import type { Browser, Page } from "playwright-core";
import { inject } from "vitest";
import { untilInteractive, VIEWPORTS } from "./browser";

export interface WatchedPage {
  page: Page;
  /** Console errors (CSP refusals are logged as errors too) and uncaught exceptions. */
  errors: string[];
  /** "directive blocked-uri" of every securitypolicyviolation event, in every frame. */
  violations: () => Promise<string[]>;
}

/**
 * Opens a page that records CSP violations. The listener is added by the test harness before any page
 * script runs (it is not part of the page, so the policy does not apply to it).
 */
export async function openWatched(browser: Browser, hash: string): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || /Refused to|Content Security Policy/i.test(message.text())) {
      errors.push(message.text());
    }
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL(hash, inject("baseUrl")).toString());
  await untilInteractive(page);
  const violations = async () => {
    const perFrame = await Promise.all(
      page
        .frames()
        .map((frame) =>
          frame
            .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
            .catch(() => [] as string[]),
        ),
    );
    return perFrame.flat();
  };
  return { page, errors, violations };
}
