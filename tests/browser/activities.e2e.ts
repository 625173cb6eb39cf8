import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CSV_COLUMN_NAMES } from "../../src/data/import/csv-template";
import { ReferenceSchema } from "../../src/schema/reference";
import { parseCsvRows } from "../../scripts/dossier/csv-records";
import { serveSyntheticReports } from "../../scripts/bench/synthetic-routes";
import { generateSyntheticReports } from "../../scripts/synth/generate";
import { VIEWPORTS, launchBrowser, openApp, readShownCount, saveScreenshot } from "./support/browser";
import { loadShippedActivities } from "./support/shipped-data";

const activities = loadShippedActivities();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("activities explorer on the shipped data", () => {
  it("filters by SDG, matches the data files, and exports those rows as CSV", async () => {
    const { page, errors } = await openApp(browser, "#/activities");
    await page.getByTestId("activity-count").waitFor();
    expect(await readShownCount(page)).toBe(activities.length);

    await page.getByRole("button", { name: /^5 Gender equality/ }).click();
    await page.waitForFunction(() => window.location.hash === "#/activities?sdg=5");
    const expected = activities.filter((activity) => activity.sdgs.some((link) => link.sdg === 5));
    expect(await readShownCount(page)).toBe(expected.length);
    await saveScreenshot(page, "activities-sdg5-1440");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("wsis-activities_sdg-5.csv");
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsvRows(bytes.toString("utf8"), "the downloaded CSV");
    expect(header).toEqual(CSV_COLUMN_NAMES);
    expect(rows).toHaveLength(expected.length);
    // One kind per source, in the same order, as the data files give them.
    const byId = new Map(expected.map((activity) => [activity.id, activity]));
    for (const row of rows) {
      const kinds = byId.get(row[0]!)!.sources.map((source) => source.kind);
      expect(row[CSV_COLUMN_NAMES.indexOf("source_kinds")]).toBe(kinds.join("; "));
    }
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(expected.map((activity) => activity.id)));
    // Default order: newest year first.
    const years = rows.map((row) => Number(row[CSV_COLUMN_NAMES.indexOf("year")]));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("walks rows with the keyboard and opens a row's detail", async () => {
    const { page } = await openApp(browser, "#/activities?sort=title");
    await page.getByTestId("activity-count").waitFor();
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
    const sorted = [...activities].sort((a, b) => collator.compare(a.title, b.title));
    await page.locator("tbody .title-button").first().focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe(sorted[2]?.title);
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: sorted[2]!.title }).waitFor();
    expect(new URL(page.url()).hash).toContain(`activity=${sorted[2]!.id}`);
    await page.close();
  });

  it("fits a phone screen", async () => {
    const { page, errors } = await openApp(browser, "#/activities?year=2023", VIEWPORTS.mobile);
    await page.getByTestId("activity-count").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await saveScreenshot(page, "activities-390");
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("activities explorer at 100,000 synthetic activities", () => {
  it("opens, scrolls and filters", async () => {
    const reference = ReferenceSchema.parse(JSON.parse(readFileSync("data/reference.json", "utf8")));
    const reports = generateSyntheticReports(reference, {
      activities: 100_000,
      firstYear: 2006,
      lastYear: 2025,
      seed: 1,
    });
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // Serve the synthetic years in place of the shipped ones: same app, same loader, 100k rows.
    await serveSyntheticReports(page, reports);
    await page.goto(new URL("#/activities", inject("baseUrl")).toString());
    await page.getByTestId("activity-count").waitFor({ timeout: 60_000 });
    expect(await readShownCount(page)).toBe(100_000);

    const renderedRows = await page.locator("tbody tr[data-index]").count();
    expect(renderedRows).toBeLessThan(80);
    await page.getByTestId("activities-scroller").evaluate((element) => element.scrollBy(0, 400_000));
    await page.waitForFunction(
      () => Number(document.querySelector("tbody tr[data-index]")?.getAttribute("data-index")) > 1000,
    );

    await page.getByRole("button", { name: /^5 Gender equality/ }).click();
    const expected = reports
      .flatMap((report) => report.activities)
      .filter((activity) => activity.sdgs.some((link) => link.sdg === 5)).length;
    await page.waitForFunction(
      (count) =>
        document.querySelector("[data-testid=activity-count]")?.textContent?.replace(/\D/g, "") ===
        String(count),
      expected,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
