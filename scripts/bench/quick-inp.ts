// The SDG click's INP (Event Timing) for one or more finished builds, side by side:
//   npx vite build --outDir dist-a && (change) && npx vite build --outDir dist-b
//   INP_CLICKS=15 npx tsx scripts/bench/quick-inp.ts before=dist-a after=dist-b
// For each build and dataset (shipped, then 1k, 10k, 100k synthetic activities): median and p95 in ms.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { INP_FLOOR_MS, measureClickInp } from "./inp";
import { serveBuild } from "./servers";
import { syntheticReports } from "./synthetic-overview";

const clicks = Number(process.env.INP_CLICKS ?? 15);
const sizes = (process.env.INP_SIZES ?? "shipped,1000,10000,100000").split(",");
const builds = process.argv.slice(2).map((spec) => spec.split("=") as [string, string]);
let port = 4960;
const served = await Promise.all(
  builds.map(async ([name, dir]) => ({ name, app: await serveBuild(dir, port++) })),
);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const size of sizes) {
  const reports = size === "shipped" ? undefined : syntheticReports(Number(size));
  // Builds take turns on each dataset, so that a machine's drift moves them alike.
  for (const { name, app } of served) {
    const result = await measureClickInp(browser, app.url, reports, clicks);
    console.log(
      `${name.padEnd(8)} ${size.padStart(7)}: INP median ${result.median.toFixed(0).padStart(4)} ms, p95 ${result.p95.toFixed(0).padStart(4)} ms` +
        `  (${result.unreported} of ${clicks} under ${INP_FLOOR_MS} ms)  ${result.durations.map((d) => d.toFixed(0)).join(" ")}`,
    );
  }
}
await browser.close();
await Promise.all(served.map(({ app }) => app.close()));
process.exit(0);
