// Side by side, finished builds against the floor page, cold loads of #/ in turn:
//   npx vite build --outDir dist-a && (change) && npx vite build --outDir dist-b
//   BENCH_RUNS=9 npx tsx scripts/bench/quick-first-paint.ts before=dist-a after=dist-b
// For each: the first drawn chart as the bench times it (first-chart-probe.ts), the first contentful
// paint, and how the first chart was drawn; medians, with ratios to the floor.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { serveBuild } from "./servers";
import { measureFirstCharts } from "./timings";

const runs = Number(process.env.BENCH_RUNS ?? 9);
const floor = await serveBuild("dist-floor", 4921);
const targets: Record<string, string> = { floor: floor.url };
let port = 4930;
for (const spec of process.argv.slice(2)) {
  const [name, dir] = spec.split("=") as [string, string];
  targets[name] = new URL("#/", (await serveBuild(dir, port++)).url).toString();
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const draws = await measureFirstCharts(browser, targets, runs);
await browser.close();

const floorChart = draws.floor?.median ?? Number.NaN;
for (const [name, draw] of Object.entries(draws)) {
  console.log(
    `${name.padEnd(8)} first chart ${draw.median.toFixed(0).padStart(5)} ms ${(draw.median / floorChart).toFixed(2)}x floor` +
      `  first paint ${draw.paintMedian.toFixed(0).padStart(5)} ms  drawn as ${draw.kinds.join("/")}` +
      `  runs ${draw.runs.map((time) => time.toFixed(0)).join(" ")}`,
  );
}
process.exit(0);
