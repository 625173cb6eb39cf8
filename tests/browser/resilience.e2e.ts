import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import en from "../../src/i18n/locales/en.json";
import { DECK_STORAGE_KEY } from "../../src/url-state/deck-storage";
import { VIEWPORTS, launchBrowser, untilInteractive } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What another version, a hand edit or a full disk may leave under the deck's key. */
const SAVED_DECKS = {
  garbage: "}{ not json \u0000",
  "wrong shape": JSON.stringify({ version: 1, slides: "sdgs" }),
  "unknown view": JSON.stringify({ version: 1, slides: [{ view: "<script>", query: "" }] }),
  huge: JSON.stringify({ version: 1, slides: [{ view: "sdgs", query: "q=".padEnd(2_000_000, "x") }] }),
};

/** Malformed parameters on every route: broken escapes, wrong types, markup, out-of-range values. */
const HASHES = [
  "#/?sdg=%E0%A4%A~99~-1&year=abc~~&sector=%3Cscript%3E&line=C99&q=%ZZ",
  "#/activities?sort=%%%&hide=zzz~%00&activity=%3Cimg%20src%3Dx%3E",
  "#/compare?a=zz&b=-1&sdg=0",
  "#/present?deck=!!!~~%ZZ~sdgs!title.%E0%A4%A&slide=999",
  "#/embed/sdgs?theme=%3Cx%3E&bg=%&legend=2&title=maybe",
  "#/embed/compare?a=1e9&b=NaN",
  "#/embed/nope?x=%",
  "#/nowhere?x=%",
];

describe("bad input never blanks the app", () => {
  for (const [name, saved] of Object.entries(SAVED_DECKS)) {
    it(`a ${name} saved deck, on every route with malformed parameters`, async () => {
      const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.addInitScript(
        ([key, value]) => {
          try {
            window.localStorage.setItem(key!, value!);
          } catch {
            // Larger than the browser's quota: then the garbage is whatever is left, which is the point too.
          }
        },
        [DECK_STORAGE_KEY, saved],
      );
      for (const hash of HASHES) {
        await page.goto(new URL(hash, inject("baseUrl")).toString());
        if (hash.startsWith("#/embed/")) {
          await page.locator(".embed").waitFor();
          await page.locator(".embed :is(h2, .notice, [role=group], table)").first().waitFor();
        } else {
          await page.getByRole("navigation", { name: "Main" }).waitFor();
          await page.locator("main :is(h1, h2, [role=group], table)").first().waitFor();
        }
        expect(await page.getByText(/could not be shown/).count(), hash).toBe(0);
      }
      await page.goto(new URL("#/present", inject("baseUrl")).toString());
      await page.getByRole("heading").first().waitFor();
      if (name !== "huge") await page.getByText(en.deckNotice.corrupt).waitFor();
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe("a page whose code cannot be downloaded", () => {
  // An open tab after a new release asks for chunks that are gone, or the network drops between pages.
  it("says so in place of the page, keeps the header working, and loads the page on the next visit", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop, serviceWorkers: "block" });
    await page.goto(new URL("#/", inject("baseUrl")).toString());
    await untilInteractive(page);
    await page.getByTestId("activity-count").waitFor();
    await page.route("**/assets/ComparePage-*.js", (route) => route.abort("internetdisconnected"));

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare years" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("This page could not be shown.");
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(true);

    await page.unroute("**/assets/ComparePage-*.js");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" }).click();
    await page.getByTestId("activity-count").waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare years" }).click();
    await page.getByTestId("indicator-summary").waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
    await page.close();
  });
});
