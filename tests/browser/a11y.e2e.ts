import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ARTIFACTS_DIR, launchBrowser, VIEWPORTS } from "./support/browser";
import { loadShippedActivities } from "./support/shipped-data";

/**
 * axe-core on every route, in every theme, in English and Arabic, at desktop and mobile widths: no
 * serious or critical violation. One browser, one page per width, hash navigation between states.
 */
type Catalog = Record<string, Record<string, string>>;
const CATALOGS: Record<string, Catalog> = {
  en: JSON.parse(readFileSync(new URL("../../src/i18n/locales/en.json", import.meta.url), "utf8")) as Catalog,
  ar: JSON.parse(readFileSync(new URL("../../src/i18n/locales/ar.json", import.meta.url), "utf8")) as Catalog,
};
/** A UI string in the page's language, from the app's own catalogs (the names users see and hear). */
type Ui = (group: string, key: string) => string;
const uiText =
  (lang: string): Ui =>
  (group, key) => {
    const text = CATALOGS[lang]?.[group]?.[key];
    if (typeof text !== "string") throw new Error(`no UI text ${group}.${key} in ${lang}`);
    return text;
  };

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const ACTIVITY_ID = loadShippedActivities()[0]!.id;

interface AuditState {
  name: string;
  /** The hash without the theme and lang parameters, which the matrix adds. */
  hash: string;
  /** What shows once the state is drawn. */
  ready: (page: Page, ui: Ui) => Locator;
  /** Steps after the hash is loaded, e.g. opening a dialog. */
  act?: (page: Page, ui: Ui) => Promise<void>;
}

const STATES: AuditState[] = [
  { name: "overview", hash: "#/", ready: (page) => page.locator(".echart canvas").last() },
  // A filter fades the charts' other categories and the other SDG tiles: they must stay legible.
  {
    name: "overview filtered",
    hash: "#/?sdg=5&sector=ITU-D",
    ready: (page) => page.locator(".echart canvas").last(),
  },
  { name: "activities", hash: "#/activities", ready: (page) => page.getByTestId("activities-scroller") },
  {
    name: "activity detail",
    hash: `#/activities?activity=${encodeURIComponent(ACTIVITY_ID)}`,
    ready: (page) => page.locator(".activity-detail"),
  },
  { name: "compare", hash: "#/compare", ready: (page) => page.locator(".echart canvas").last() },
  {
    name: "present editor",
    hash: "#/present?deck=sdgs",
    ready: (page, ui) => page.getByRole("list", { name: ui("present", "slides") }),
  },
  {
    name: "present slideshow",
    hash: "#/present?deck=sdgs",
    ready: (page, ui) =>
      page.getByRole("dialog", { name: ui("present", "slideshow") }).locator(".echart canvas"),
    act: (page, ui) => page.getByRole("button", { name: ui("present", "present"), exact: true }).click(),
  },
  { name: "embed sdgs", hash: "#/embed/sdgs", ready: (page) => page.locator(".echart canvas") },
  {
    name: "embed activities",
    hash: "#/embed/activities",
    ready: (page) => page.getByTestId("activities-scroller"),
  },
  {
    name: "not found",
    hash: "#/no-such-view",
    ready: (page, ui) => page.getByRole("heading", { name: ui("notFound", "title") }),
  },
  {
    name: "load-data dialog",
    hash: "#/",
    ready: (page) => page.getByRole("dialog"),
    act: (page, ui) => page.getByRole("button", { name: ui("importData", "button") }).click(),
  },
];

// The matrix (light and dark) runs every time; the high-contrast themes are audited on demand
// (A11Y_THEMES=contrast or contrast-dark) to keep CI on two cores within its time.
const THEMES = (process.env.A11Y_THEMES?.split(",") ?? ["light", "dark"]).map((theme) => theme.trim());
const LANGS = ["en", "ar"] as const;

interface Finding {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

async function audit(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type AxeResult = {
      violations: Array<{
        id: string;
        impact?: string;
        help: string;
        helpUrl: string;
        nodes: Array<{ target: unknown[] }>;
      }>;
    };
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? "",
        help: violation.help,
        helpUrl: violation.helpUrl,
        targets: violation.nodes.slice(0, 6).map((node) => node.target.map(String).join(" ")),
      }));
  });
}

const withParams = (hash: string, params: Record<string, string>) => {
  const [path, query = ""] = hash.split("?");
  const search = new URLSearchParams(query);
  for (const [key, value] of Object.entries(params)) search.set(key, value);
  return `${path}?${search.toString()}`;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(VIEWPORTS))("accessibility at %s width", (_width, viewport) => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    // bypassCSP: axe is injected by the test, not by the app, whatever the app's Content-Security-Policy.
    context = await browser.newContext({ viewport, bypassCSP: true });
    page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
  });
  afterAll(async () => {
    await context?.close();
  });

  const cases = STATES.flatMap((state) =>
    THEMES.flatMap((theme) => LANGS.map((lang) => [state.name, theme, lang, state] as const)),
  );

  it.each(cases)("%s, %s, lang=%s: no serious or critical violation", async (_name, theme, lang, state) => {
    // A fresh document per state: a dialog or slideshow from the previous state must not leak in.
    await page.goto("about:blank");
    await page.goto(new URL(withParams(state.hash, { theme, lang }), inject("baseUrl")).toString());
    if (state.act) {
      await page.locator("main, .embed").first().waitFor();
      // Saved as well: the slideshow rewrites the URL with its own parameters only.
      await page.evaluate((saved) => localStorage.setItem("wsis-dashboard:theme", saved), theme);
      await state.act(page, uiText(lang));
    }
    await state.ready(page, uiText(lang)).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme), page.url()).toBe(theme);
    const findings = await audit(page);
    const report = findings
      .map(
        (finding) =>
          `${finding.impact} ${finding.id}: ${finding.help}\n  ${finding.helpUrl}\n  ${finding.targets.join("\n  ")}`,
      )
      .join("\n");
    if (report)
      appendFileSync(
        `${ARTIFACTS_DIR}a11y-violations.log`,
        `# ${state.name} ${theme} ${lang} ${viewport.width}\n${report}\n`,
      );
    expect(report).toBe("");
    expect(errors).toEqual([]);
  });
});
