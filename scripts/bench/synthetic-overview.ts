import { readFileSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { ReferenceSchema } from "../../src/schema/reference";
import type { Report } from "../../src/schema/report";
import { generateSyntheticReports } from "../synth/generate";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { serveBuild } from "./servers";
import { serveSyntheticReports } from "./synthetic-routes";
import { waitForFirstChart } from "./first-chart-probe";

/** The bench's synthetic dataset: `activities` spread over report years 2006-2025, always the same. */
export function syntheticReports(activities: number): Report[] {
  const reference = ReferenceSchema.parse(JSON.parse(readFileSync("data/reference.json", "utf8")));
  return generateSyntheticReports(reference, { activities, firstYear: 2006, lastYear: 2025, seed: 1 });
}

export interface SyntheticPage {
  browser: Browser;
  page: Page;
  close: () => Promise<void>;
}

/**
 * For the tuning aids (quick-*.ts): serves a build, opens `hash` at 1440 x 900 on the synthetic dataset,
 * and returns once the first chart is drawn and the page has had 1.5 s to settle.
 */
export async function openSyntheticPage(options: {
  dist: string;
  port: number;
  activities: number;
  hash?: string;
}): Promise<SyntheticPage> {
  const app = await serveBuild(options.dist, options.port);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await serveSyntheticReports(page, syntheticReports(options.activities));
  await page.goto(new URL(options.hash ?? "#/", app.url).toString());
  await waitForFirstChart(page);
  await page.waitForTimeout(1500);
  return {
    browser,
    page,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

/** Clicks the SDG 5 tile (a filter on, or off again) and gives the page `settleMs` to redraw. */
export async function toggleSdgFive(page: Page, settleMs: number, markName?: string): Promise<void> {
  await page.evaluate(
    async ({ settleMs, markName }) => {
      const tile = [...document.querySelectorAll<HTMLButtonElement>(".sdg-tile")].find((button) =>
        button.textContent?.startsWith("5 "),
      );
      if (!tile) throw new Error("no SDG 5 tile");
      if (markName) performance.mark(markName);
      tile.click();
      await new Promise((resolve) => setTimeout(resolve, settleMs));
    },
    { settleMs, markName },
  );
}
