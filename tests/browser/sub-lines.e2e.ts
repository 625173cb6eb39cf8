import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkAtBothWidths, launchBrowser, openApp, saveScreenshot } from "./support/browser";
import { readChart, readZip } from "./support/read-zip";
import { loadShippedActivities } from "./support/shipped-data";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TITLE = "Activities by C7 sub-line (ICT applications)";
const SUB_LINES = [
  "E-government",
  "E-business",
  "E-learning",
  "E-health",
  "E-employment",
  "E-environment",
  "E-agriculture",
  "E-science",
];

/** The shipped activities linked to each C7 sub-line, in the reference's order. */
function shippedCounts(year?: number): number[] {
  const activities = loadShippedActivities().filter(
    (activity) => year === undefined || activity.year === year,
  );
  return SUB_LINES.map((name) => `C7.${name.toLowerCase()}`).map(
    (code) => activities.filter((activity) => activity.actionLines.some((link) => link.code === code)).length,
  );
}

describe("the chart by C7 sub-line", () => {
  it("is on the overview with the shipped data's counts in its table, and a click filters by the sub-line", async () => {
    const { page, errors } = await openApp(browser, "#/");
    const card = page.getByRole("region", { name: TITLE });
    await card.getByRole("group", { name: TITLE }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "sub-lines-overview-1440");
    await card.getByRole("button", { name: "Show as table" }).click();
    const counts = await card
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector("th")?.textContent?.trim(),
          row.querySelector("td")?.textContent,
        ]),
      );
    expect(counts).toEqual(
      SUB_LINES.map((name, index) => [expect.stringContaining(name), String(shippedCounts()[index])]),
    );
    await card.getByRole("table").getByRole("button", { name: "E-health" }).click();
    await page.waitForFunction(() => window.location.hash.includes("line=C7.e-health"));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("#/embed/sub-lines draws alone, in English, French and Arabic, at 1440 and 390 px without overflow", async () => {
    for (const lang of ["en", "fr", "ar"]) {
      await checkAtBothWidths(`sub-lines-embed-${lang}`, async (viewport) => {
        const opened = await openApp(browser, `#/embed/sub-lines?lang=${lang}`, viewport);
        await opened.page.locator(".chart-card canvas").first().waitFor();
        await expect(opened.page.locator(".embed__source").count()).resolves.toBe(1);
        return opened;
      });
    }
  });

  it("is a slide whose .pptx chart is native, with the year's counts", async () => {
    const { page, errors } = await openApp(browser, "#/present?deck=sub-lines!year.2016");
    await page.getByRole("list", { name: "Slides" }).waitFor();
    await expect(
      page.getByRole("textbox", { name: /^Title of slide 1/ }).getAttribute("placeholder"),
    ).resolves.toBe(TITLE);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export .pptx" }).click(),
    ]);
    const zip = readZip(readFileSync(await download.path()));
    const chartFile = zip.names.find((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
    const chart = readChart(zip.text(chartFile ?? ""));
    expect(chart.series[0]?.categories).toEqual(SUB_LINES);
    expect(chart.series[0]?.values).toEqual(shippedCounts(2016));
    expect(errors).toEqual([]);
    await page.close();
  });
});
