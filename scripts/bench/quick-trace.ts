// Where a filter update spends its time by Chromium trace event (script, style, layout, paint, raster),
// per toggle: a tuning aid. Usage as quick-profile.ts: npx tsx scripts/bench/quick-trace.ts 100000
import { openSyntheticPage, toggleSdgFive } from "./synthetic-overview";

const { browser, page, close } = await openSyntheticPage({
  dist: process.env.DIST ?? "dist-prof",
  port: 4812,
  activities: Number(process.argv[2] ?? 1000),
  hash: process.argv[3],
});
await browser.startTracing(page, {
  categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"],
});
for (let i = 0; i < 4; i += 1) await toggleSdgFive(page, 600, "toggle");
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
await close();
