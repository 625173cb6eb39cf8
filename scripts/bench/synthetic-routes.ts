import type { Page } from "playwright-core";
import type { Report } from "../../src/schema/report";

/** Serves synthetic report years in place of the shipped ones: same build, same loader, more rows. */
export async function serveSyntheticReports(page: Page, reports: readonly Report[]): Promise<void> {
  const bodies = new Map(reports.map((report) => [report.meta.year, JSON.stringify(report)]));
  const manifest = JSON.stringify({
    formatVersion: 1,
    reference: "reference.json",
    indicators: "indicators.json",
    reports: reports.map((report) => ({
      year: report.meta.year,
      path: `reports/${report.meta.year}.json`,
    })),
  });
  // startup.json (every file a page starts from, in one request) with the synthetic manifest and years;
  // reference.json is not in it, so the app fetches the shipped one by itself.
  const startup = JSON.stringify({
    files: Object.fromEntries([
      ["manifest.json", manifest],
      ...[...bodies].map(([year, body]) => [`reports/${year}.json`, body]),
    ]),
  });
  await page.route("**/data/startup.json", (route) =>
    route.fulfill({ contentType: "application/json", body: startup }),
  );
  await page.route("**/data/manifest.json", (route) =>
    route.fulfill({ contentType: "application/json", body: manifest }),
  );
  await page.route("**/data/reports/*.json", (route) => {
    const year = Number(/(\d{4})\.json$/.exec(route.request().url())?.[1]);
    return route.fulfill({ contentType: "application/json", body: bodies.get(year) ?? "{}" });
  });
}
