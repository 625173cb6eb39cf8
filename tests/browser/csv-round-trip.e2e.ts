import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSV_COLUMN_NAMES } from "../../src/data/import/csv-template";
import { parseCsvRows } from "../../scripts/dossier/csv-records";
import { launchBrowser, openApp, readShownCount } from "./support/browser";
import { loadShippedActivities } from "./support/shipped-data";

const year2023 = loadShippedActivities().filter((activity) => activity.year === 2023);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("CSV export loads back", () => {
  it("downloads a year as CSV and loads it back in its place through Load data", async () => {
    const { page, errors } = await openApp(browser, "#/activities?year=2023");
    await page.getByTestId("activity-count").waitFor();
    expect(await readShownCount(page)).toBe(year2023.length);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    const [header, ...rows] = parseCsvRows(bytes.toString("utf8"), "the downloaded CSV");
    expect(header).toEqual(CSV_COLUMN_NAMES);
    expect(rows).toHaveLength(year2023.length);
    const withAssigned = year2023.find((activity) => activity.sector?.basis === "assigned");
    expect(withAssigned).toBeDefined();
    const row = rows.find((cells) => cells[0] === withAssigned!.id)!;
    expect(row[CSV_COLUMN_NAMES.indexOf("sector_basis")]).toBe("assigned");

    await page.getByRole("button", { name: "Load data" }).click();
    const dialog = page.getByRole("dialog", { name: "Load data" });
    await dialog
      .getByLabel("Choose a file")
      .setInputFiles({ name: "export-2023.csv", mimeType: "text/csv", buffer: bytes });
    const review = dialog.getByRole("region", { name: "export-2023.csv" });
    await review.waitFor({ timeout: 30_000 });
    await review.getByRole("radio", { name: /Replace it with this data/ }).click();
    await review.getByRole("button", { name: `Import ${year2023.length} rows` }).click();
    await dialog.getByText(/Imported \d+ activities from export-2023\.csv/).waitFor();
    await dialog.getByRole("button", { name: "Close" }).click();

    await expect.poll(() => readShownCount(page)).toBe(year2023.length);
    expect(await page.getByRole("complementary", { name: "User data" }).textContent()).toContain(
      "export-2023.csv",
    );
    // The same export of the loaded data: the same cells, row for row.
    const [again] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(readFileSync((await again.path())!).toString("utf8")).toBe(bytes.toString("utf8"));
    expect(errors).toEqual([]);
    await page.close();
  });
});
