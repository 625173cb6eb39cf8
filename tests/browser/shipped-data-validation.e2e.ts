import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildManifest } from "../../scripts/data/manifest";
import { startupDataFromDir } from "../../scripts/data/startup-data";
import { STARTUP_DATA_FILE } from "../../src/data/startup-data";
import { VIEWPORTS, launchBrowser, saveScreenshot } from "./support/browser";

const SHIPPED = fileURLToPath(new URL("../../data/", import.meta.url));
const BROKEN_REPORT = "reports/2024.json";

let browser: Browser;
let context: BrowserContext;
let dataDir: string;
let brokenId: string;

/**
 * The built app with the shipped data, except that one activity of one report carries an SDG that does
 * not exist: served both inside startup.json and as the file itself, as a deployment would serve it.
 */
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "wsis-shipped-"));
  cpSync(SHIPPED, dataDir, { recursive: true });
  const path = join(dataDir, BROKEN_REPORT);
  const report = JSON.parse(readFileSync(path, "utf8")) as {
    activities: Array<{ id: string; sdgs: Array<{ sdg: number; basis: string }> }>;
  };
  const activity = report.activities.find((candidate) => candidate.sdgs.length > 0);
  if (!activity?.sdgs[0]) throw new Error(`${BROKEN_REPORT} has no activity with an SDG`);
  activity.sdgs[0].sdg = 18;
  brokenId = activity.id;
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);

  browser = await launchBrowser();
  context = await browser.newContext({ viewport: VIEWPORTS.desktop, serviceWorkers: "block" });
  await context.route("**/data/**", (route) => {
    const file = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^.*?\/data\//, ""));
    const body =
      file === "manifest.json"
        ? JSON.stringify(buildManifest(dataDir))
        : file === STARTUP_DATA_FILE
          ? startupDataFromDir(dataDir)
          : readFileSync(join(dataDir, file));
    return route.fulfill({ status: 200, contentType: "application/json", body });
  });
});
afterAll(async () => {
  await browser?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("shipped data with a wrong field", () => {
  it("is refused with its file, record and field, and every other year still loads", async () => {
    const page = await context.newPage();
    await page.goto(new URL("#/", inject("baseUrl")).toString());
    const alert = page.getByRole("alert").filter({ hasText: "data/reports/2024.json" });
    await alert.waitFor();
    const issue = alert.getByRole("listitem").first();
    expect(await issue.textContent()).toBe(
      `data/reports/2024.json › record ${brokenId} › field sdgs[0].sdg: SDGs are numbered 1-17; SDG 18 does not exist`,
    );
    // The other reports are on screen: the activity count is that of every report but the broken one.
    const manifest = buildManifest(dataDir);
    const others = manifest.reports.filter((entry) => entry.path !== BROKEN_REPORT);
    const expected = others.reduce(
      (sum, entry) =>
        sum +
        (JSON.parse(readFileSync(join(dataDir, entry.path), "utf8")) as { activities: unknown[] }).activities
          .length,
      0,
    );
    await expect
      .poll(() => page.getByTestId("activity-count").textContent())
      .toBe(expected.toLocaleString("en"));
    await saveScreenshot(page, "shipped-data-refused-en-1440");
    await page.close();
  });

  for (const lang of ["fr", "ar"]) {
    it(`names the file, record and field in ${lang} at 390 px, without overflow`, async () => {
      const page = await context.newPage();
      await page.setViewportSize(VIEWPORTS.mobile);
      await page.goto(new URL(`#/?lang=${lang}`, inject("baseUrl")).toString());
      const alert = page.getByRole("alert").filter({ hasText: "data/reports/2024.json" });
      await alert.waitFor();
      expect(await alert.getByRole("listitem").first().textContent()).toContain("sdgs[0].sdg");
      expect(await alert.locator("code").allTextContents()).toEqual(
        expect.arrayContaining(["data/reports/2024.json", brokenId, "sdgs[0].sdg"]),
      );
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await alert.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `shipped-data-refused-${lang}-390`);
      await page.close();
    });
  }
});
