import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkDataDir } from "../../scripts/data/check-data-dir";
import { buildManifest } from "../../scripts/data/manifest";
import { startupDataFromDir } from "../../scripts/data/startup-data";
import { STARTUP_DATA_FILE } from "../../src/data/startup-data";
import { validateReport } from "../../src/data/validation/validate-report";
import { isChartView, chartView } from "../../src/domain/views";
import en from "../../src/i18n/locales/en.json";
import { EMBED_VIEWS } from "../../src/url-state/embed-contract";
import type { Reference } from "../../src/schema/reference";
import { serializeDeck } from "../../src/url-state/deck-params";
import { formatHash } from "../../src/url-state/hash-location";
import { VIEWPORTS, launchBrowser, saveScreenshot, untilInteractive } from "./support/browser";
import { pointUntilTooltip } from "./support/chart-tooltip";
import { PAYLOADS, writeHostileDataset } from "./support/hostile-dataset";
import { readZip } from "./support/read-zip";

let browser: Browser;
let context: BrowserContext;
let dataDir: string;
const dialogs: string[] = [];
const errors: string[] = [];

/** The built app, with every data file it fetches answered from the hostile folder instead. */
beforeAll(async () => {
  dataDir = writeHostileDataset();
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: VIEWPORTS.desktop,
    acceptDownloads: true,
    serviceWorkers: "block",
  });
  await context.route("**/data/**", (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^.*?\/data\//, ""));
    const body =
      path === "manifest.json"
        ? JSON.stringify(buildManifest(dataDir))
        : path === STARTUP_DATA_FILE
          ? startupDataFromDir(dataDir)
          : readFileSync(join(dataDir, path));
    return route.fulfill({ status: 200, contentType: "application/json", body });
  });
});
afterAll(async () => {
  await browser?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function open(hash: string): Promise<Page> {
  const page = await context.newPage();
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${hash}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${hash}: ${error.message}`));
  await page.goto(new URL(hash, inject("baseUrl")).toString());
  // The prerendered #/ shows the shipped data until the app, seeing other data, replaces it.
  await untilInteractive(page);
  return page;
}

/** Nothing ran and nothing was parsed as markup; at least one payload is on screen as plain text. */
async function expectInert(page: Page, { textShown = true as boolean | "either" } = {}) {
  const state = await page.evaluate(
    (payloads) => {
      const elements = [...document.querySelectorAll("*")];
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        injected: [
          ...document.querySelectorAll(
            // In <body>: the build's own inline script and stylesheet sit in <head> (decision 014).
            'img[src="x"], body script:not([src]), svg[onload], iframe[srcdoc], body style, a[href^="javascript:" i]',
          ),
          // The app's tooltips use <b> for their own headings; the payload's <b> holds "bold".
          ...[...document.querySelectorAll("b")].filter((element) => element.textContent === "bold"),
        ].map((element) => `${element.parentElement?.className ?? ""} > ${element.outerHTML.slice(0, 100)}`),
        handlerAttributes: elements.flatMap((element) =>
          [...element.attributes]
            .filter((attribute) => /^on/i.test(attribute.name))
            .map((attribute) => `${element.tagName}[${attribute.name}]`),
        ),
        // textContent: hidden descriptions and tooltips count, as innerText would not.
        shownAsText: payloads.filter((payload) => document.body.textContent?.includes(payload)).length,
      };
    },
    PAYLOADS as unknown as string[],
  );
  expect({ ...state, shownAsText: state.shownAsText > 0 }).toEqual({
    pwned: undefined,
    injected: [],
    handlerAttributes: [],
    shownAsText: textShown === "either" ? state.shownAsText > 0 : textShown,
  });
  expect(dialogs).toEqual([]);
}

/** Points at a chart until a tooltip built from the data shows, and checks the page then and after. */
async function hoverAcross(page: Page, name: string, { textShown = true as boolean | "either" } = {}) {
  const tooltip = await pointUntilTooltip(page, name);
  if (tooltip) await expectInert(page, { textShown });
  await expectInert(page, { textShown });
  // The hover did reach the chart: at least one tooltip was drawn from the data.
  expect(tooltip).toBe(true);
}

/** An exported SVG parsed as a document: no element or attribute that the payloads would create. */
async function expectInertSvg(svg: string) {
  // Parsed in a blank page: the app's CSP would report the export's style attributes, which are fine in a file.
  const page = await browser.newPage();
  const found = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const elements = [...doc.querySelectorAll("*")];
    return {
      parsed: doc.querySelector("parsererror") === null,
      foreign: elements
        .filter(
          (element) =>
            /^(img|script|iframe|b|a|foreignObject)$/i.test(element.localName) ||
            // ECharts writes its own hover rules in a <style>; the payload's would hide everything.
            (element.localName === "style" && element.textContent?.includes("display:none")),
        )
        .map((element) => element.outerHTML.slice(0, 160)),
      handlers: elements.filter((element) => [...element.attributes].some((a) => /^on/i.test(a.name))).length,
    };
  }, svg);
  await page.close();
  expect(found).toEqual({ parsed: true, foreign: [], handlers: 0 });
  expect(svg).toContain("&lt;img src=x");
}

describe("a dataset whose every free-text field is a script or markup payload", () => {
  it("is valid, so the app shows all of it; a javascript: link in it would be refused", () => {
    expect(checkDataDir(dataDir).issues).toEqual([]);
    const reference = JSON.parse(readFileSync(join(dataDir, "reference.json"), "utf8")) as Reference;
    const report = JSON.parse(readFileSync(join(dataDir, "reports/2024.json"), "utf8")) as {
      activities: Array<{ sources: Array<{ url: string }> }>;
    };
    report.activities[0]!.sources[0]!.url = "javascript:window.__pwned=1";
    const checked = validateReport(report, reference, "data/reports/2024.json", 2024);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.issues.map((issue) => `${issue.path}: ${issue.message}`)).toContain(
      "sources[0].url: must be an http(s) URL",
    );
  });

  it("overview: filters, KPIs, every chart and its tooltips, the share menu's SVG and PNG", async () => {
    const page = await open("#/");
    await page.getByTestId("activity-count").waitFor();
    await expectInert(page);
    for (const name of [
      "Activities by sector",
      "Activities by SDG",
      "Activities by WSIS action line and sector",
      "Action lines × SDGs",
      "Activities per report year, by sector",
    ]) {
      await hoverAcross(page, name);
    }
    await saveScreenshot(page, "hostile-overview-1440");
    const card = page.getByRole("region", { name: "Activities by sector" });
    await card.getByRole("button", { name: /^Share/ }).click();
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("button", { name: "Download SVG" }).click(),
    ]);
    await expectInertSvg(readFileSync((await svg.path())!, "utf8"));
    if (!(await card.getByRole("button", { name: "Download PNG 2x" }).isVisible())) {
      await card.getByRole("button", { name: /^Share/ }).click();
    }
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("button", { name: "Download PNG 2x" }).click(),
    ]);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString("latin1"),
    ).toBe("PNG");
    await expectInert(page);
    await page.close();
  });

  it("activities: the table and an activity's detail panel", async () => {
    const id = (
      JSON.parse(readFileSync(join(dataDir, "reports/2024.json"), "utf8")) as {
        activities: Array<{ id: string }>;
      }
    ).activities[0]!.id;
    // The search text comes from the URL: the payload is searched for, and found, as text.
    const page = await open(
      formatHash("/activities", [
        ["activity", id],
        ["q", PAYLOADS[0]],
      ]),
    );
    await page.locator("#activity-detail-title").waitFor();
    expect(await page.getByTestId("activity-count").textContent()).not.toBe("0");
    await expectInert(page);
    await saveScreenshot(page, "hostile-activity-1440");
    await page.close();
  });

  it("compare: change charts with tooltips, activity lists, roles, indicators", async () => {
    const page = await open("#/compare?a=2023&b=2024");
    await page.getByTestId("total-change").waitFor();
    await hoverAcross(page, "Change by sector");
    await hoverAcross(page, "Change by WSIS action line");
    await expectInert(page);
    await page.close();
  });

  it("present: the editor, every slide of the slideshow and the .pptx", async () => {
    // A slide title comes from the URL: hostile too.
    const deck = serializeDeck([
      { view: "sectors", query: "sector=ITU-D", title: PAYLOADS[0] },
      ...(["sdgs", "action-lines", "matrix", "trend"] as const).map((view) => ({ view, query: "" })),
    ]);
    const page = await open(formatHash("/present", [["deck", deck]]));
    const slides = page.getByRole("list", { name: "Slides" });
    await slides.waitFor();
    // The editor shows the title in its field; the deck's origin line and thumbnails may show it as text.
    await expect(slides.getByRole("textbox").first().inputValue()).resolves.toBe(PAYLOADS[0]);
    await expectInert(page, { textShown: "either" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export .pptx" }).click(),
    ]);
    const zip = readZip(readFileSync((await download.path())!));
    const slideXml = zip.names
      .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
      .map(zip.text)
      .join("");
    expect(slideXml).toContain("&lt;img src=x onerror=");
    expect(slideXml).not.toMatch(/<(img|script|svg|iframe|b)[\s>]/);
    await page.getByRole("button", { name: "Present" }).click();
    const show = page.getByRole("dialog", { name: "Slideshow" });
    for (let slide = 1; slide <= 5; slide += 1) {
      await show
        .getByTestId("slide-number")
        .filter({ hasText: `${slide} / 5` })
        .waitFor();
      await show.getByRole("group").first().locator("canvas").first().waitFor({ state: "attached" });
      // Slide 1 has the title from the URL, slide 2 the SDG names; the others label with codes and years.
      await expectInert(page, { textShown: slide <= 2 ? true : "either" });
      await page.keyboard.press("ArrowRight");
    }
    await page.close();
  });

  it("the load-data dialog", async () => {
    const page = await open("#/");
    await page.getByTestId("activity-count").waitFor();
    await page.getByRole("button", { name: "Load data" }).click();
    await page.getByRole("dialog", { name: "Load data" }).waitFor();
    await expectInert(page);
    await page.close();
  });

  // Each chart's English title as the registry names it; the comparison's first chart.
  const embedChartTitle = (view: string): string =>
    isChartView(view)
      ? String(
          chartView(view)
            .titleKey.split(".")
            .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], en),
        )
      : "Change by sector";
  for (const view of EMBED_VIEWS) {
    it(`#/embed/${view}`, async () => {
      const page = await open(`#/embed/${view}?a=2023&b=2024`);
      await page.locator(".embed__source").waitFor();
      if (view === "activities") await page.getByRole("table").first().waitFor();
      else {
        // A canvas chart's text is in the DOM only while its tooltip shows (hoverAcross checks it then).
        await hoverAcross(page, embedChartTitle(view), { textShown: view === "trend" ? false : "either" });
      }
      await expectInert(page, { textShown: view === "activities" ? true : "either" });
      await page.close();
    });
  }

  it("logged no error on any page", () => {
    expect(errors).toEqual([]);
  });
});
