import type { Browser } from "playwright-core";
import { inject, afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, saveScreenshot } from "./support/browser";
import { loadShippedActivities } from "./support/shipped-data";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A host page like an embedder's: an iframe of 600x400 and a listener for the documented height message. */
function hostPage(src: string): string {
  return `<!doctype html><html><body style="margin:0;background:#ddd">
    <iframe id="embed" title="WSIS chart" src="${src}" width="600" height="400" loading="lazy" style="border:0"></iframe>
    <script>
      window.heights = [];
      window.addEventListener("message", (event) => {
        if (event.data && event.data.type === "wsis-dashboard:height") window.heights.push(event.data);
      });
    </script></body></html>`;
}

describe("embeds", () => {
  it("#/embed/sdgs?sdg=5 in a 600x400 iframe shows the chart, no app chrome, and reports its height", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.setContent(hostPage(new URL("#/embed/sdgs?sdg=5", inject("baseUrl")).toString()));
    const frame = page.frameLocator("#embed");
    const chart = frame.getByRole("group", { name: "Activities by SDG" });
    await chart.waitFor();
    await expect(frame.getByRole("navigation").count()).resolves.toBe(0);
    await expect(frame.locator(".filter-bar").count()).resolves.toBe(0);
    await expect(frame.locator(".embed__source").textContent()).resolves.toMatch(/Source: ITU/);
    // The chart's table twin holds the same numbers as the data files.
    await frame.getByRole("button", { name: "Show as table" }).click();
    const row = frame.getByRole("row", { name: /5 Gender equality/ });
    const withSdg5 = loadShippedActivities().filter((activity) =>
      activity.sdgs.some((link) => link.sdg === 5),
    ).length;
    await expect(row.locator("td").textContent()).resolves.toBe(String(withSdg5));

    await page.waitForFunction(() => (window as unknown as { heights: unknown[] }).heights.length > 0);
    const heights = await page.evaluate(
      () => (window as unknown as { heights: Array<{ view: string; height: number }> }).heights,
    );
    expect(heights.at(-1)?.view).toBe("sdgs");
    expect(heights.at(-1)?.height).toBeGreaterThan(100);
    await saveScreenshot(page, "embed-sdgs-600x400");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("#/embed/compare shows the change charts for a and b without the page's controls", async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    await page.goto(new URL("#/embed/compare?a=2024&b=2025", inject("baseUrl")).toString());
    await page.getByRole("group", { name: "Change by sector" }).waitFor();
    await expect(page.locator(".filter-bar").count()).resolves.toBe(0);
    await expect(page.locator(".embed__source a").getAttribute("href")).resolves.toMatch(
      /#\/compare\?a=2024&b=2025$/,
    );
    await page.close();
  });

  it.each([600, 800, 1200])(
    "#/embed/activities at %i px shows the columns that fit, never cut, with the source",
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 480 } });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(new URL("#/embed/activities?year=2023", inject("baseUrl")).toString());
      const scroller = page.getByTestId("activities-scroller");
      await scroller.locator("tbody tr[data-index]").first().waitFor();
      const fit = await scroller.evaluate((element) => ({
        overflow: element.scrollWidth - element.clientWidth,
        columns: [...element.querySelectorAll("thead th")].map((th) => th.className.split(" ")[0]),
        rowsInView: [...element.querySelectorAll("tbody tr[data-index]")].filter((row) => {
          const box = row.getBoundingClientRect();
          const frame = element.getBoundingClientRect();
          return box.top >= frame.top && box.bottom <= frame.bottom;
        }).length,
      }));
      expect(fit.overflow).toBeLessThanOrEqual(0);
      expect(fit.columns).toEqual(expect.arrayContaining(["col-title", "col-year", "col-source"]));
      if (width >= 1200) expect(fit.columns).toContain("col-summary");
      else expect(fit.columns).not.toContain("col-summary");
      expect(fit.rowsInView).toBeGreaterThanOrEqual(3);
      await saveScreenshot(page, `embed-activities-${width}`);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it("#/embed/compare covers every panel of the comparison", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(new URL("#/embed/compare?a=2024&b=2025", inject("baseUrl")).toString());
    await page.getByRole("group", { name: "Change by sector" }).waitFor();
    // The three change charts, the trend, the initiatives, the roles and the indicators: all of it.
    for (const name of ["Change by WSIS action line", "Change by SDG"])
      await page.getByRole("group", { name }).waitFor();
    for (const heading of [/Initiatives: new, continued/, /ITU's role per action line/])
      await page.getByRole("heading", { name: heading }).waitFor();
    await expect(page.locator(".filter-bar").count()).resolves.toBe(0);
    await saveScreenshot(page, "embed-compare-1000");
    await page.close();
  });

  it("the activities and compare pages share their embed code", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    for (const [hash, view] of [
      ["#/activities?year=2023&activity=x", "activities"],
      ["#/compare?a=2024&b=2025", "compare"],
    ] as const) {
      await page.goto(new URL(hash, inject("baseUrl")).toString());
      await page.locator(".view-share .popover__trigger").click();
      await page.getByRole("button", { name: "Copy embed URL" }).click();
      await page.getByRole("status").filter({ hasText: "Embed URL copied" }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(new RegExp(`#/embed/${view}\\?`));
      expect(copied).not.toContain("activity=");
    }
    await page.close();
  });

  it("falls back on bad options and names an unknown view", async () => {
    const page = await browser.newPage({ viewport: { width: 600, height: 400 } });
    await page.goto(new URL("#/embed/nope?theme=purple", inject("baseUrl")).toString());
    await expect(page.locator(".notice").textContent()).resolves.toMatch(/no embeddable view “nope”/);
    await page.goto(
      new URL("#/embed/trend?theme=dark&legend=0&title=0&bg=transparent", inject("baseUrl")).toString(),
    );
    await page.getByRole("group", { name: "Activities per report year, by sector" }).waitFor();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe("dark");
    await saveScreenshot(page, "embed-trend-dark");
    await page.close();
  });
});
