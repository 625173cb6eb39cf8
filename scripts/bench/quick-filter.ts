// A focused run of one benchmark figure while tuning: npx tsx scripts/bench/quick-filter.ts [count]
import { execSync } from "node:child_process";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { serveBuild } from "./servers";
import { syntheticReports } from "./synthetic-overview";
import { measureFilterUpdate } from "./timings";

const count = Number(process.argv[2] ?? 10_000);
execSync("npx vite build --outDir dist-quick --logLevel error", { stdio: "inherit" });
const reports = syntheticReports(count);
const app = await serveBuild("dist-quick", 4810);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const result = await measureFilterUpdate(browser, app.url, reports, 15);
console.log(
  `${count} activities: median ${result.median.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms; runs ${result.runs.map((run) => run.toFixed(0)).join(" ")}`,
);
await browser.close();
await app.close();
