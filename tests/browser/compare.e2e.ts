import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkAtBothWidths, VIEWPORTS, launchBrowser, openApp } from "./support/browser";
import { loadShippedActivities } from "./support/shipped-data";

const activities = loadShippedActivities();
const years = [...new Set(activities.map((activity) => activity.year))].sort((x, y) => x - y);
// The two latest years that the shipped data has: the page's own default, given here explicitly.
const yearA = years.at(-2)!;
const yearB = years.at(-1)!;
const inYear = (year: number) => activities.filter((activity) => activity.year === year);
const sectorCount = (year: number, code: string) =>
  inYear(year).filter((activity) => activity.sector?.code === code).length;
const signed = (value: number) => (value > 0 ? `▲ +${value}` : value < 0 ? `▼ −${-value}` : "■ 0");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openCompare(viewport: { width: number; height: number } = VIEWPORTS.desktop) {
  const opened = await openApp(browser, `#/compare?a=${yearA}&b=${yearB}`, viewport);
  await opened.page.getByTestId("total-change").waitFor();
  return opened;
}

async function tableCells(page: Page, cardName: string, rowName: RegExp): Promise<string[]> {
  const card = page.getByRole("region", { name: cardName });
  await card.getByRole("button", { name: "Show as table" }).click();
  const cells = await card.getByRole("row", { name: rowName }).getByRole("cell").allTextContents();
  await card.getByRole("button", { name: "Show as chart" }).click();
  return cells;
}

describe("compare: year over year on the shipped data", () => {
  it(`#/compare?a=${yearA}&b=${yearB} shows the change computed from the data files`, async () => {
    const { page, errors } = await openCompare();
    const totalA = inYear(yearA).length;
    const totalB = inYear(yearB).length;
    expect(await page.getByTestId("total-change").textContent()).toBe(`${totalA} → ${totalB}`);

    const a = sectorCount(yearA, "ITU-D");
    const b = sectorCount(yearB, "ITU-D");
    expect(a + b).toBeGreaterThan(0);
    const cells = await tableCells(page, "Change by sector", /^ITU-D/);
    expect(cells.slice(0, 3)).toEqual([String(a), String(b), signed(b - a)]);

    const keysA = new Set(inYear(yearA).map((activity) => activity.key));
    const added = inYear(yearB).filter((activity) => !keysA.has(activity.key)).length;
    expect(await page.getByTestId("added-count").textContent()).toBe(String(added));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("writes a and b to the URL when the years change, keeping the filters", async () => {
    const { page, errors } = await openApp(browser, "#/compare?sector=ITU-D", VIEWPORTS.desktop);
    await page.getByTestId("total-change").waitFor();
    await page.getByRole("combobox", { name: /^From/ }).selectOption(String(years[0]));
    await page.waitForFunction(
      (hash) => window.location.hash === hash,
      `#/compare?sector=ITU-D&a=${years[0]}`,
    );
    const expected = `${sectorCount(years[0]!, "ITU-D")} → ${sectorCount(yearB, "ITU-D")}`;
    expect(await page.getByTestId("total-change").textContent()).toBe(expected);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads well at 1440 and 390 px", async () => {
    await checkAtBothWidths("compare", async (viewport) => {
      const opened = await openCompare(viewport);
      await opened.page.getByTestId("indicator-summary").waitFor();
      return opened;
    });
  });
});
