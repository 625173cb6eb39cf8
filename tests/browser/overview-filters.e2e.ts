import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkAtBothWidths, launchBrowser, openApp, readShownCount, saveScreenshot } from "./support/browser";
import { loadShippedActivities } from "./support/shipped-data";

const activities = loadShippedActivities();
const withSdg = (sdg: number) =>
  activities.filter((activity) => activity.sdgs.some((link) => link.sdg === sdg));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Sums a chart's table twin: the per-sector counts must add up to the count shown above. */
async function sectorTableTotal(page: Page): Promise<number> {
  const card = page.getByRole("region", { name: "Activities by sector" });
  await card.getByRole("button", { name: "Show as table" }).click();
  const cells = await card.locator("tbody td.num").allTextContents();
  await card.getByRole("button", { name: "Show as chart" }).click();
  return cells.reduce((sum, text) => sum + Number(text.replace(/\D/g, "")), 0);
}

describe("overview: filters live in the URL", () => {
  it("#/?sdg=9 shows only SDG 9 activities everywhere; removing the chip restores the totals", async () => {
    const { page, errors } = await openApp(browser, "#/?sdg=9");
    await page.getByTestId("activity-count").waitFor();
    const expected = withSdg(9).length;
    expect(expected).toBeGreaterThan(0);
    expect(await readShownCount(page)).toBe(expected);
    await expect(page.getByRole("list", { name: "Active filters" }).textContent()).resolves.toMatch(
      /SDG 9: Industry/,
    );
    expect(await sectorTableTotal(page)).toBe(expected);
    await saveScreenshot(page, "overview-sdg9-1440");

    await page.getByRole("button", { name: /^Remove filter SDG 9/ }).click();
    expect(await readShownCount(page)).toBe(activities.length);
    expect(new URL(page.url()).hash).toBe("#/");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("clicking a bar writes the URL, a reload shows the same view, and Back undoes the click", async () => {
    const { page, errors } = await openApp(browser, "#/");
    await page.getByTestId("activity-count").waitFor();
    // Canvas renderer: find SDG 5's bar by its official colour (#FF3A21) in the drawn pixels, click its middle.
    const canvas = page.getByRole("group", { name: "Activities by SDG" }).locator("canvas").first();
    const bar = await canvas.evaluate((element: HTMLCanvasElement) => {
      const context = element.getContext("2d");
      if (!context) return null;
      const { data, width, height } = context.getImageData(0, 0, element.width, element.height);
      const xs: number[] = [];
      const ys: number[] = [];
      for (let index = 0; index < width * height; index += 1) {
        if (data[index * 4] === 0xff && data[index * 4 + 1] === 0x3a && data[index * 4 + 2] === 0x21) {
          xs.push(index % width);
          ys.push(Math.floor(index / width));
        }
      }
      if (xs.length === 0) return null;
      const scale = element.width / element.getBoundingClientRect().width;
      const middle = (values: number[]) => (Math.min(...values) + Math.max(...values)) / 2 / scale;
      return { x: middle(xs), y: middle(ys) };
    });
    if (!bar) throw new Error("SDG 5's bar is not drawn");
    await canvas.click({ position: bar });
    await page.waitForFunction(() => window.location.hash === "#/?sdg=5");
    expect(await readShownCount(page)).toBe(withSdg(5).length);

    await page.reload();
    await page.getByTestId("activity-count").waitFor();
    expect(await readShownCount(page)).toBe(withSdg(5).length);

    await page.goBack();
    await page.waitForFunction(() => window.location.hash === "" || window.location.hash === "#/");
    expect(await readShownCount(page)).toBe(activities.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a chart works from the keyboard: arrows move, Enter filters", async () => {
    const { page } = await openApp(browser, "#/");
    await page.getByTestId("activity-count").waitFor();
    await page.getByRole("group", { name: "Activities by sector" }).focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.location.hash === "#/?sector=ITU-T");
    expect(await readShownCount(page)).toBe(
      activities.filter((activity) => activity.sector?.code === "ITU-T").length,
    );
    await page.close();
  });

  it("reads well at 1440 and 390 px", async () => {
    await checkAtBothWidths("overview", async (viewport) => {
      const opened = await openApp(browser, "#/?year=2023~2024", viewport);
      await opened.page.getByTestId("activity-count").waitFor();
      return opened;
    });
  });
});
