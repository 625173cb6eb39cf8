import type { Page } from "playwright-core";
import type { Report } from "../../src/schema/report";

/** Serves synthetic report years in place of the shipped ones: same build, same loader, more rows. */
export async function serveSyntheticReports(page: Page, reports: readonly Report[]): Promise<void> {
  const bodies = new Map(reports.map((report) => [report.meta.year, JSON.stringify(report)]));
  await page.route("**/data/manifest.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({
        formatVersion: 1,
        reference: "reference.json",
        indicators: "indicators.json",
        reports: reports.map((report) => ({
          year: report.meta.year,
          path: `reports/${report.meta.year}.json`,
        })),
      }),
    }),
  );
  await page.route("**/data/reports/*.json", (route) => {
    const year = Number(/(\d{4})\.json$/.exec(route.request().url())?.[1]);
    return route.fulfill({ contentType: "application/json", body: bodies.get(year) ?? "{}" });
  });
}
