import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CSP_DIRECTIVES, serializeCsp } from "../../scripts/build/content-security-policy";
import { EMBED_VIEWS } from "../../src/url-state/embed-contract";
import { pointUntilTooltip } from "./support/chart-tooltip";
import { launchBrowser } from "./support/browser";
import { openWatched, type WatchedPage } from "./support/csp-watch";
import { loadShippedActivities } from "./support/shipped-data";

const DECK = "sdgs!sdg.5~trend~matrix!year.2023";

const hashSource = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Nothing refused, nothing thrown: the page ran under the policy as it does without one. */
async function expectClean({ page, errors, violations }: WatchedPage) {
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
}

/** Moves over a chart until ECharts draws its tooltip (an element styled from script) with a number in it. */
async function hoverChart(page: Page, name: string) {
  if (!(await pointUntilTooltip(page, name, /\d/))) throw new Error(`no tooltip on ${name}`);
}

describe("Content Security Policy", () => {
  it("is the first thing in the built index.html's <head>; its one inline script and stylesheet go by hash", async () => {
    const html = await (await fetch(new URL("index.html", inject("baseUrl")))).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    const inline = (tag: string) =>
      [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map(
        (match) => match[1] ?? "",
      );
    // The pre-paint script and the prerender's stylesheet (docs/decisions/014), nothing else inline.
    const [script, ...otherScripts] = inline("script");
    const [style, ...otherStyles] = inline("style");
    expect(otherScripts).toEqual([]);
    expect(otherStyles).toEqual([]);
    expect(meta?.[1]).toBe(
      serializeCsp({
        ...CSP_DIRECTIVES,
        "script-src": [...(CSP_DIRECTIVES["script-src"] ?? []), hashSource(script ?? "")],
        "style-src": [...(CSP_DIRECTIVES["style-src"] ?? []), hashSource(style ?? "")],
      }),
    );
    expect(meta?.[1]).not.toContain("unsafe");
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });

  it("overview draws, its tooltip shows, and the share menu's PNG, SVG and CSV download", async () => {
    const watched = await openWatched(browser, "#/?sdg=5");
    const { page } = watched;
    await page.getByTestId("activity-count").waitFor();
    await hoverChart(page, "Activities by SDG");
    const card = page.getByRole("region", { name: "Activities by SDG" });
    await card.getByRole("button", { name: /^Share/ }).click();
    for (const name of ["Download PNG 2x", "Download SVG", "Download the numbers (CSV)"]) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        card.getByRole("button", { name }).click(),
      ]);
      expect(readFileSync((await download.path())!).length).toBeGreaterThan(100);
      if (!(await card.getByRole("button", { name }).isVisible())) {
        await card.getByRole("button", { name: /^Share/ }).click();
      }
    }
    await expectClean(watched);
  });

  it("activities with a row open, and its CSV export", async () => {
    const id = loadShippedActivities()[0]!.id;
    const watched = await openWatched(browser, `#/activities?activity=${id}`);
    const { page } = watched;
    await page.locator("#activity-detail-title").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(readFileSync((await download.path())!, "utf8")).toContain(id);
    await expectClean(watched);
  });

  it("compare", async () => {
    const watched = await openWatched(browser, "#/compare");
    await watched.page.getByTestId("total-change").waitFor();
    await hoverChart(watched.page, "Change by sector");
    await expectClean(watched);
  });

  it("present, the slideshow and the .pptx export", async () => {
    const watched = await openWatched(browser, `#/present?deck=${DECK}`);
    const { page } = watched;
    await page.getByRole("list", { name: "Slides" }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export .pptx" }).click(),
    ]);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 2)
        .toString("latin1"),
    ).toBe("PK");
    await page.getByRole("button", { name: "Present" }).click();
    const show = page.getByRole("dialog", { name: "Slideshow" });
    await show.getByRole("group", { name: "Activities by SDG" }).waitFor();
    await page.keyboard.press("ArrowRight");
    await show.getByRole("group", { name: "Activities per report year, by sector" }).waitFor();
    await expectClean(watched);
  });

  it("the load-data dialog, with a file parsed in its worker", async () => {
    const watched = await openWatched(browser, "#/");
    const { page } = watched;
    await page.getByRole("button", { name: "Load data" }).click();
    const dialog = page.getByRole("dialog", { name: "Load data" });
    await dialog.getByLabel("Choose a file").setInputFiles({
      name: "empty.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("id,year,title\n"),
    });
    await dialog
      .getByText(/empty\.csv/)
      .first()
      .waitFor({ timeout: 30_000 });
    await expectClean(watched);
  });

  for (const view of EMBED_VIEWS) {
    it(`#/embed/${view}`, async () => {
      const watched = await openWatched(browser, `#/embed/${view}`);
      await watched.page.locator(".embed__source").waitFor();
      if (view === "activities") await watched.page.getByRole("table").first().waitFor();
      else
        await watched.page
          .getByRole("group")
          .first()
          .locator("canvas")
          .first()
          .waitFor({ state: "attached" });
      await expectClean(watched);
    });
  }
});
