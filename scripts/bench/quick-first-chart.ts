// A focused run of the first-chart figures while tuning the load path:
//   npx tsx scripts/bench/quick-first-chart.ts [runs] [--no-build] [--block-sw]
// Builds the app and the floor once, then takes cold loads (fresh context, empty cache) of the floor, the
// landing, the filtered overview and the filtered embed (FIRST_CHART_PAGES) in turns, so that a busy
// machine slows them all alike, and prints the medians with their ratios to the floor. Then prints each page's request waterfall up to the first chart: what was
// fetched, when it started and ended (ms from navigation), and what the page was doing meanwhile.
import { execSync } from "node:child_process";
import { chromium, type Page } from "playwright-core";
import { BUDGETS } from "./budgets";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { FIRST_CHART_PAGES } from "./page-targets";
import { serveBuild } from "./servers";
import { median } from "./stats";
import { coldLoad, loadsInTurn } from "./timings";

// --block-sw: how much the service worker's install (precaching while the page loads) costs the first chart.
const blockServiceWorkers = process.argv.includes("--block-sw");
// --base <dir>: also loads another build (e.g. one of the last commit) in the same turns, for a before/after.
const baseIndex = process.argv.indexOf("--base");
const baseDir = baseIndex === -1 ? undefined : process.argv[baseIndex + 1];
const runs = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 7);
if (!process.argv.includes("--no-build")) {
  execSync("npx vite build --outDir dist-quick --logLevel error", { stdio: "inherit" });
  execSync("npx vite build -c bench/floor/vite.config.ts --logLevel error", { stdio: "inherit" });
}

interface Load {
  firstChart: number;
  requests: Array<{ name: string; start: number; end: number; bytes: number }>;
}

/** What each load records: its first chart, and the requests the page made until then. */
function readLoad(page: Page, firstChart: number): Promise<Load> {
  return page.evaluate((time) => {
    const requests = performance
      .getEntriesByType("resource")
      .map((entry) => entry as PerformanceResourceTiming)
      .filter((entry) => entry.startTime <= time)
      .map((entry) => ({
        name: entry.name.replace(location.origin, ""),
        start: entry.startTime,
        end: entry.responseEnd,
        bytes: entry.encodedBodySize,
      }));
    return { firstChart: time, requests };
  }, firstChart);
}

const app = await serveBuild("dist-quick", 4820);
const floor = await serveBuild("dist-floor", 4821);
const base = baseDir ? await serveBuild(baseDir, 4822) : undefined;
const targets: Record<string, string> = { floor: floor.url };
for (const [name, hash] of Object.entries(FIRST_CHART_PAGES)) {
  targets[name] = new URL(hash, app.url).toString();
  if (base) targets[`${name} (base)`] = new URL(hash, base.url).toString();
}
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const loads = await loadsInTurn(targets, runs, (url) =>
  coldLoad(browser, url, readLoad, { serviceWorkers: blockServiceWorkers ? "block" : "allow" }),
);
await browser.close();
await app.close();
await floor.close();
await base?.close();

const loadsOf = (name: string) => loads[name] ?? [];
const medianOf = (name: string) => median(loadsOf(name).map((load) => load.firstChart));
const floorMedian = medianOf("floor");
const LIMITS: Record<string, number> = {
  landing: BUDGETS.landingFirstChartRatio,
  filtered: BUDGETS.filteredFirstChartRatio,
  embed: BUDGETS.embedFirstChartRatio,
};
const limitOf = (name: string) => LIMITS[name.split(" ")[0] ?? ""] ?? Number.NaN;
for (const name of Object.keys(targets)) {
  const times = loadsOf(name).map((load) => load.firstChart);
  const ratio = medianOf(name) / floorMedian;
  const limit = limitOf(name);
  const budget = Number.isNaN(limit) ? "" : ` (budget ${limit}x: ${ratio <= limit ? "holds" : "over"})`;
  console.log(
    `${name.padEnd(15)} median ${medianOf(name).toFixed(0).padStart(5)} ms  ${ratio.toFixed(2)}x floor${budget}  runs ${times.map((time) => time.toFixed(0)).join(" ")}`,
  );
}
// The waterfall of the load whose first chart is closest to the median.
for (const name of Object.keys(targets)) {
  const middle = medianOf(name);
  const load = [...loadsOf(name)].sort(
    (a, b) => Math.abs(a.firstChart - middle) - Math.abs(b.firstChart - middle),
  )[0];
  if (!load) continue;
  console.log(
    `\n${name}: ${load.requests.length} requests before the first chart at ${load.firstChart.toFixed(0)} ms`,
  );
  for (const request of [...load.requests].sort((a, b) => a.start - b.start))
    console.log(
      `  ${request.start.toFixed(0).padStart(5)} -> ${request.end.toFixed(0).padStart(5)}  ${String(request.bytes).padStart(7)} B  ${request.name}`,
    );
}
