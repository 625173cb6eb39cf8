// Where a filter update spends its time by Chromium trace event (script, style, layout, paint, raster),
// per toggle: a tuning aid. Usage as quick-profile.ts: npx tsx scripts/bench/quick-trace.ts 100000
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { ReferenceSchema } from "../../src/schema/reference";
import { generateSyntheticReports } from "../synth/generate";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { serveBuild } from "./servers";
import { serveSyntheticReports } from "./synthetic-routes";

const reference = ReferenceSchema.parse(JSON.parse(readFileSync("data/reference.json", "utf8")));
const reports = generateSyntheticReports(reference, {
  activities: Number(process.argv[2] ?? 1000),
  firstYear: 2006,
  lastYear: 2025,
  seed: 1,
});
const app = await serveBuild(process.env.DIST ?? "dist-prof", 4812);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await serveSyntheticReports(page, reports);
await page.goto(new URL(process.argv[3] ?? "#/", app.url).toString());
await page.waitForFunction(() => performance.getEntriesByName("wsis:first-chart").length > 0);
await page.waitForTimeout(1500);
await browser.startTracing(page, {
  categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"],
});
for (let i = 0; i < 4; i += 1) {
  await page.evaluate(async () => {
    const tile = [...document.querySelectorAll<HTMLButtonElement>(".sdg-tile")].find((b) =>
      b.textContent?.startsWith("5 "),
    );
    performance.mark("toggle");
    tile?.click();
    await new Promise((r) => setTimeout(r, 600));
  });
}
const buffer = await browser.stopTracing();
const { traceEvents } = JSON.parse(buffer.toString()) as {
  traceEvents: Array<{ name: string; ph: string; dur?: number; tid: number; ts: number; args?: unknown }>;
};
const totals = new Map<string, number>();
for (const event of traceEvents) {
  if (event.ph !== "X" || !event.dur) continue;
  totals.set(event.name, (totals.get(event.name) ?? 0) + event.dur);
}
for (const [name, micros] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`${(micros / 4000).toFixed(1).padStart(8)} ms/toggle  ${name}`);
console.log("DOM nodes", await page.evaluate(() => document.getElementsByTagName("*").length));
await browser.close();
await app.close();
