import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { preview, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, readShownCount, saveScreenshot, VIEWPORTS } from "./support/browser";
import { loadShippedActivities } from "./support/shipped-data";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** A server of our own, so that the test can take it away: the conference Wi-Fi is gone. */
async function serveBuild(): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root,
    configFile: `${root}/vite.config.ts`,
    logLevel: "warn",
    build: { outDir: process.env.E2E_DIST ?? "dist" },
    preview: { port: 4390, strictPort: false, host: "127.0.0.1" },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  return { server, url };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("offline after the first visit", () => {
  it("serves the app, every page and the shipped data from the service worker once the server is gone", async () => {
    const { server, url } = await serveBuild();
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // Online, everything (the worker's registration included) runs under the CSP without a complaint.
    page.on("console", (message) => {
      if (message.type() === "error" && !offline) errors.push(message.text());
    });
    let offline = false;
    try {
      await page.goto(new URL("#/?sdg=9", url).toString());
      await page.getByRole("group", { name: "Activities by SDG" }).waitFor();
      // The app says when everything is saved: the worker has precached the build and the data.
      await expect(
        page
          .getByTestId("sw-status")
          .filter({ hasText: /ready to work offline/i })
          .textContent(),
      ).resolves.toMatch(/saved in this browser/);
    } finally {
      await server.close();
      offline = true;
    }

    await expect(page.request.get(url).catch(() => "unreachable")).resolves.toBe("unreachable");
    await page.reload();
    await page.getByRole("group", { name: "Activities by SDG" }).waitFor();
    const expectedSdg9 = loadShippedActivities().filter((activity) =>
      activity.sdgs.some((link) => link.sdg === 9),
    ).length;
    expect(expectedSdg9).toBeGreaterThan(0);
    await expect(readShownCount(page)).resolves.toBe(expectedSdg9);

    // Pages never opened online load from the cache too (their code and the data they need).
    await page.goto(new URL("#/compare", url).toString());
    await page.getByTestId("total-change").waitFor();
    // Indicators come from their own data file, fetched only on this page.
    await page.getByTestId("indicator-summary").waitFor();
    await page.goto(new URL("#/activities?sdg=9", url).toString());
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/activities/i);
    await expect(readShownCount(page)).resolves.toBe(expectedSdg9);
    await saveScreenshot(page, "offline-activities-1440");

    const embed = await context.newPage();
    await embed.goto(new URL("#/embed/sdgs?sdg=5", url).toString());
    await embed.getByRole("group", { name: "Activities by SDG" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
