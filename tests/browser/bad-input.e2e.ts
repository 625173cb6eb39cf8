import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { toCsvText, validRow } from "../fixtures/import-csv";
import {
  VIEWPORTS,
  failOnUnhandledRejection,
  launchBrowser,
  openApp,
  readShownCount,
} from "./support/browser";
import { storeRecords } from "./support/stored-records";
import { loadShippedActivities } from "./support/shipped-data";

const shipped = loadShippedActivities().length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (hash: string) => new URL(hash, inject("baseUrl")).toString();

async function openDialog(page: Page) {
  await page.getByRole("button", { name: "Load data" }).click();
  const dialog = page.getByRole("dialog", { name: "Load data" });
  await dialog.waitFor();
  return dialog;
}

async function pickCsv(page: Page, name: string, text: string | Buffer) {
  const dialog = await openDialog(page);
  await dialog.getByLabel("Choose a file").setInputFiles({
    name,
    mimeType: "text/csv",
    buffer: typeof text === "string" ? Buffer.from(text) : text,
  });
  return dialog;
}

/** Addresses that look like http(s) but that the URL parser refuses. */
const UNPARSABLE = ["http://:80/", "https://a:b:c/", "https://[::1", "https://%zz/"];

const storedReport = (sourceUrl: string, id = "U-1") => ({
  formatVersion: 1,
  meta: { year: 2026, title: "Mine", kind: "user", period: { from: "2026-01-01", to: "2026-12-31" } },
  activities: [
    {
      id,
      key: "mine",
      actionLines: [{ code: "C2", basis: "stated" }],
      sdgs: [],
      title: "My activity",
      summary: "What I did.",
      sources: [{ url: sourceUrl }],
    },
  ],
});

describe("1. an address the URL parser refuses", () => {
  it("is refused at import, and a stored one never breaks the activities table", async () => {
    const { page, errors } = await openApp(browser, "#/activities");
    await page.getByTestId("activity-count").waitFor();
    const dialog = await pickCsv(
      page,
      "urls.csv",
      toCsvText(UNPARSABLE.map((address, index) => validRow(`X-${index}`, { source_urls: address }))),
    );
    const review = dialog.getByRole("region", { name: "urls.csv" });
    await review.waitFor();
    expect(await review.getByTestId("import-summary").textContent()).toContain("0 valid");
    await dialog.getByRole("button", { name: "Close" }).click();

    // A record saved by an older version, before the check: the table shows, the record is reported.
    await storeRecords(
      page,
      UNPARSABLE.map((address, index) => ({
        id: `old-${index}`,
        label: `old-${index}.csv`,
        source: "file",
        importedAt: `2026-01-0${index + 1}T00:00:00.000Z`,
        mode: "add",
        reports: [storedReport(address, `OLD-${index}`)],
      })),
    );
    await page.reload();
    await page.getByTestId("activity-count").waitFor();
    expect(await page.getByText(/could not be shown/).count()).toBe(0);
    expect(await readShownCount(page)).toBe(shipped);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("2. a link cannot freeze the page", () => {
  it("lists a capped number of dropped values and counts the rest", async () => {
    const { page, errors } = await openApp(browser, `#/?sdg=${"x~".repeat(100_000)}`);
    const notice = page.getByRole("complementary", { name: /ignored/i });
    await notice.waitFor();
    expect(await notice.locator("li").count()).toBeLessThanOrEqual(11);
    expect(await notice.textContent()).toContain("99,990 more");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("echoes a long value shortened", async () => {
    const { page } = await openApp(browser, `#/?line=C1.${"a".repeat(100_000)}`);
    const notice = page.getByRole("complementary", { name: /ignored/i });
    await notice.waitFor();
    expect((await notice.textContent())?.length ?? 0).toBeLessThan(1000);
    await page.close();
  });

  it("aggregates the notices of a deck", async () => {
    const { page } = await openApp(browser, `#/present?deck=sdgs${"!zz".repeat(30_000)}`);
    const notice = page.getByRole("status").filter({ hasText: "left out" });
    await notice.waitFor();
    expect(await notice.locator("li").count()).toBeLessThanOrEqual(11);
    expect(await notice.textContent()).toContain("29,990 more");
    await page.close();
  });
});

describe("3. decks are never lost", () => {
  it("saves edits to a deck from a link as a new deck, next to the user's own", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop, serviceWorkers: "block" });
    // Three pinned charts, as the previous version stored them.
    await page.addInitScript(() => {
      if (window.localStorage.getItem("seeded")) return;
      window.localStorage.setItem("seeded", "1");
      window.localStorage.setItem(
        "wsis-dashboard:deck",
        JSON.stringify({
          version: 1,
          slides: [
            { view: "sdgs", query: "" },
            { view: "matrix", query: "" },
            { view: "trend", query: "", title: "Mine" },
          ],
        }),
      );
    });
    await page.goto(url("#/present?deck=trend!title.Colleague%20deck"));
    await page.getByText("This deck came from a link").waitFor();
    const title = page.getByLabel("Title of slide 1", { exact: true });
    await title.fill("Renamed");
    await title.press("Enter");
    await page.getByText("saved as a new deck").waitFor();

    await page.goto(url("#/present"));
    const decks = page.getByRole("region", { name: "My decks" });
    await decks.waitFor();
    expect(await decks.getByRole("listitem").count()).toBe(2);
    await decks.getByRole("button", { name: /Open.*My deck/ }).click();
    await expect.poll(() => page.getByRole("list", { name: "Slides" }).getByRole("listitem").count()).toBe(3);

    // Removing a deck can be undone.
    await decks.getByRole("button", { name: /Remove.*Renamed/ }).click();
    await expect.poll(() => decks.getByRole("listitem").count()).toBe(1);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => decks.getByRole("listitem").count()).toBe(2);
    await page.close();
  });
});

describe("4. storage failures are said", () => {
  it("keeps the review and says what was not kept when IndexedDB fails", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop, serviceWorkers: "block" });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await failOnUnhandledRejection(page);
    await page.addInitScript(() => {
      // The open request fails with an error event, as in a browser whose storage is broken.
      IDBFactory.prototype.open = function () {
        const request = new EventTarget() as IDBOpenDBRequest & { error: DOMException };
        Object.defineProperty(request, "error", { value: new DOMException("broken", "UnknownError") });
        setTimeout(() => {
          const event = new Event("error");
          request.dispatchEvent(event);
          (request as unknown as { onerror?: (event: Event) => void }).onerror?.(event);
        });
        return request;
      };
    });
    await page.goto(url("#/activities"));
    await page.getByTestId("activity-count").waitFor();
    const dialog = await pickCsv(
      page,
      "three.csv",
      toCsvText([validRow("S-1"), validRow("S-2"), validRow("S-3")]),
    );
    const review = dialog.getByRole("region", { name: "three.csv" });
    await review.getByRole("button", { name: "Import 3 rows" }).click();
    const alert = review.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Nothing was saved");
    expect(await review.getByRole("button", { name: "Import 3 rows" }).isEnabled()).toBe(true);
    expect(errors.filter((error) => /unhandled/i.test(error))).toEqual([]);
    expect(await dialog.getByText(/storage is not working/).count()).toBe(1);
    await page.close();
  });
});

describe("5. every stored record can be removed", () => {
  it("offers Remove for records that cannot be read, and the notice goes with them", async () => {
    const { page, errors } = await openApp(browser, "#/activities");
    await page.getByTestId("activity-count").waitFor();
    await storeRecords(page, ["}{ not a dataset", { id: 5, reports: "no" }], ["junk-1", "junk-2"]);
    await page.reload();
    const notice = page.getByRole("complementary", { name: "User data" });
    await expect.poll(() => notice.textContent()).toContain("could not be read");
    const dialog = await openDialog(page);
    await dialog.getByRole("button", { name: "Remove unreadable saved dataset 1" }).click();
    await dialog.getByRole("button", { name: "Remove unreadable saved dataset 1" }).click();
    await dialog.getByText(/None yet/).waitFor();
    await dialog.getByRole("button", { name: "Close" }).click();
    await page.reload();
    await page.getByTestId("activity-count").waitFor();
    expect(await page.getByRole("complementary", { name: "User data" }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("6. parsing takes time in proportion to the file", () => {
  it("reads ten rows with 1 MB titles of '(' and reviews them", async () => {
    const { page, errors } = await openApp(browser, "#/activities");
    await page.getByTestId("activity-count").waitFor();
    const rows = Array.from({ length: 10 }, (_, index) =>
      validRow(`P-${index}`, { title: "(".repeat(1_000_000) }),
    );
    const dialog = await pickCsv(page, "parens.csv", toCsvText(rows));
    const review = dialog.getByRole("region", { name: "parens.csv" });
    await review.waitFor({ timeout: 20_000 });
    expect(await review.getByTestId("import-summary").textContent()).toContain("10 rows read");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("7. UTF-16 files", () => {
  const utf16 = (text: string, order: "le" | "be") => {
    const le = Buffer.from(`\uFEFF${text}`, "utf16le");
    return order === "le" ? le : le.swap16();
  };

  it.each(["le", "be"] as const)("reads UTF-16 %s with a byte-order mark", async (order) => {
    const { page, errors } = await openApp(browser, "#/activities");
    await page.getByTestId("activity-count").waitFor();
    const text = toCsvText([validRow("W16-1", { title: "Équipe numérique 数字" }), validRow("W16-2")]);
    const tabbed = order === "be" ? text.replace(/,/g, "\t") : text;
    const dialog = await pickCsv(page, `unicode-${order}.txt`, utf16(tabbed, order));
    const review = dialog.getByRole("region", { name: `unicode-${order}.txt` });
    await review.waitFor();
    expect(await review.getByTestId("import-summary").textContent()).toContain("2 rows read: 2 valid");
    expect(await review.textContent()).not.toContain("Windows-1252");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("8. ?dataset= network edges", () => {
  const link = (file: string, hash = "#/") =>
    new URL(
      `?dataset=${encodeURIComponent(`https://data.example.org/${file}`)}${hash}`,
      inject("baseUrl"),
    ).toString();
  const csv = toCsvText([validRow("N-1")]);

  it("gives up on a server that hangs, says so, and retries", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop, serviceWorkers: "block" });
    let answer = false;
    await page.route("https://data.example.org/**", (route) => {
      if (answer)
        void route.fulfill({ status: 200, headers: { "Access-Control-Allow-Origin": "*" }, body: csv });
      // Otherwise never answered: a server that hangs.
    });
    await page.clock.install();
    await page.goto(link("slow.csv"));
    const dialog = page.getByRole("dialog", { name: "Load data" });
    await dialog.getByText("within 30 s").waitFor();
    await page.clock.fastForward(31_000);
    const refused = dialog.getByRole("alert");
    await refused.waitFor();
    expect(await refused.textContent()).toContain("did not send the file within 30 s");
    answer = true;
    await refused.getByRole("button", { name: "Try again" }).click();
    await dialog.getByRole("region", { name: "slow.csv" }).waitFor();
    await page.close();
  });

  it("names a redirect to http: as the reason", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop, serviceWorkers: "block" });
    await page.route("https://data.example.org/**", (route) =>
      route.fulfill({
        status: 302,
        headers: { location: "http://data.example.org/plain.csv", "Access-Control-Allow-Origin": "*" },
      }),
    );
    await page.goto(link("moved.csv"));
    const refused = page.getByRole("dialog", { name: "Load data" }).getByRole("alert");
    await refused.waitFor();
    expect(await refused.textContent()).toContain(
      "redirected the request to an address that is not https://",
    );
    await page.close();
  });

  it("honours ?dataset= put into the hash of an open tab", async () => {
    const { page } = await openApp(browser, "#/activities");
    await page.route("https://data.example.org/**", (route) =>
      route.fulfill({ status: 200, headers: { "Access-Control-Allow-Origin": "*" }, body: csv }),
    );
    await page.getByTestId("activity-count").waitFor();
    await page.evaluate(() => {
      window.location.hash = `#/?dataset=${encodeURIComponent("https://data.example.org/late.csv")}`;
    });
    await page.getByRole("dialog", { name: "Load data" }).getByRole("region", { name: "late.csv" }).waitFor();
    await page.close();
  });
});

describe("9. text that lies about itself", () => {
  it("refuses invisible titles, strips bidi controls, clamps long titles and names, keeps marks in their box", async () => {
    const { page, errors } = await openApp(browser, "#/activities?year=2026");
    await page.getByTestId("activity-count").waitFor();
    const longName = `${"n".repeat(200_000)}.csv`;
    const rows = [
      validRow("T-1", { title: "\u200B" }),
      validRow("T-2", { title: "report\u202Evsc.exe" }),
      validRow("T-3", { title: `Long ${"word ".repeat(90)}` }),
      validRow("T-4", { title: `a${"\u0301".repeat(400)}` }),
    ];
    const dialog = await pickCsv(page, longName, toCsvText(rows));
    const review = dialog.locator(".import-review");
    await review.waitFor();
    expect(await review.locator("tbody").textContent()).toContain("must contain visible characters");
    expect((await review.locator("h3").textContent())?.length).toBeLessThanOrEqual(121);
    await review.getByRole("button", { name: /Import 3 valid rows/ }).click();
    await dialog.getByText(/Imported 3 activities/).waitFor();
    expect((await dialog.locator(".user-datasets__label").first().textContent())?.length).toBeLessThanOrEqual(
      121,
    );
    await dialog.getByRole("button", { name: "Close" }).click();

    await expect.poll(() => readShownCount(page)).toBe(3);
    const titles = await page.locator("tbody .title-button").evaluateAll((buttons) =>
      buttons.map((button) => ({
        text: button.textContent ?? "",
        height: button.getBoundingClientRect().height,
      })),
    );
    expect(titles.map((title) => title.text).join("")).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(titles.some((title) => title.text === "reportvsc.exe")).toBe(true);
    const lineHeight = await page
      .locator("tbody .title-button")
      .first()
      .evaluate((button) => parseFloat(getComputedStyle(button).lineHeight) || 24);
    for (const title of titles) expect(title.height).toBeLessThanOrEqual(lineHeight * 3 + 2);
    const marks = page.locator("tbody .title-button__text").filter({ hasText: /^a\u0301/ });
    expect(await marks.evaluate((element) => getComputedStyle(element).overflow)).toBe("hidden");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("10. validation and wording", () => {
  it("checks periods, gives one issue per cause, words the size refusal, and guards every formula start", async () => {
    const { page, errors } = await openApp(browser, "#/activities?year=2026");
    await page.getByTestId("activity-count").waitFor();
    const report = (from: string, to: string) => ({
      formatVersion: 1,
      meta: { year: 2026, title: "P", kind: "user", period: { from, to } },
      activities: [],
    });
    const dialog = await openDialog(page);
    const chooser = dialog.getByLabel("Choose a file");
    await chooser.setInputFiles({
      name: "periods.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify({
          formatVersion: 1,
          reports: [report("2026-12-31", "2026-01-01"), report("2025-06-01", "2026-01-01")],
        }),
      ),
    });
    const periods = dialog.locator(".import-review");
    await periods.waitFor();
    expect(await periods.textContent()).toContain("the period starts after it ends");
    expect(await periods.textContent()).toContain("the period must lie within the report's year");

    await chooser.setInputFiles({
      name: "sdg.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(toCsvText([validRow("Q-1", { sdgs: "x", sdg_basis: "stated" })])),
    });
    const sdg = dialog.getByRole("region", { name: "sdg.csv" });
    await sdg.waitFor();
    expect(await sdg.locator("tbody tr").count()).toBe(1);

    await chooser.setInputFiles({
      name: "huge.csv",
      mimeType: "text/csv",
      buffer: Buffer.alloc(25 * 1024 * 1024, 97),
    });
    const refused = dialog.getByRole("alert");
    await refused.waitFor();
    expect(await refused.textContent()).not.toContain("..");

    const leads = [" ", "\u00A0", "\n", "\u200B", "\uFF1D"];
    await chooser.setInputFiles({
      name: "formulas.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        toCsvText(
          leads.map((lead, index) => validRow(`F-${index}`, { title: `${lead}=1+1 formula ${index}` })),
        ),
      ),
    });
    const formulas = dialog.getByRole("region", { name: "formulas.csv" });
    await formulas.getByRole("button", { name: "Import 5 rows" }).click();
    await dialog.getByText(/Imported 5 activities/).waitFor();

    // Remove can be undone.
    await dialog.getByRole("button", { name: "Remove formulas.csv" }).click();
    await dialog.getByRole("button", { name: "Undo" }).click();
    await dialog.getByRole("button", { name: "Remove formulas.csv" }).waitFor();
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => readShownCount(page)).toBe(5);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    const text = readFileSync((await download.path())!, "utf8");
    for (let index = 0; index < leads.length; index++) {
      const cell = text.split(/\r\n/).find((line) => line.includes(`formula ${index}`)) ?? "";
      expect(cell, `lead ${index}`).toMatch(new RegExp(`(^|,)"?'[^,]*formula ${index}`));
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
