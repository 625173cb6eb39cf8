// npm run bench: builds the app and the floor page, serves both on loopback, drives headless Chromium,
// prints every goal of issue 23 with its ratio and writes bench/results/latest.json. Not part of the
// tests: timings vary by machine, so the ratios to the floor page measured in the same run are what count.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { chromium } from "playwright-core";
import { BUDGETS, checkBudget } from "./bench/budgets";
import { buildAll } from "./bench/build";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./bench/chromium";
import { measureClickInp, type ClickInp } from "./bench/inp";
import { measurePageBytes, type PageBytes } from "./bench/page-bytes";
import { FIRST_CHART_PAGES, PAGES } from "./bench/page-targets";
import { serveBuild } from "./bench/servers";
import { median } from "./bench/stats";
import { syntheticReports } from "./bench/synthetic-overview";
import { FIRST_CHART_MARK } from "../src/components/chart/first-chart-mark";
import {
  measureFilterUpdate,
  measureFirstCharts,
  measureLoadProfile,
  measureScrollFrames,
  type LoadProfile,
} from "./bench/timings";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 21);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
// Progress on stderr: a full run takes many minutes, and a step that hangs should say which it is.
const step = (what: string) =>
  process.stderr.write(`bench ${new Date().toISOString().slice(11, 19)}: ${what}\n`);
const ratio = (value: number, floor: number) =>
  Number.isFinite(value) && floor > 0 ? `${(value / floor).toFixed(2)}x` : "n/a";

step("build the app and the floor page");
buildAll();
const loadBefore = loadavg()[0] ?? Number.NaN;
const app = await serveBuild("dist-bench", 4710);
const floor = await serveBuild("dist-floor", 4720);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rows: Array<[string, string, string]> = [];

try {
  step("bytes");
  // Bytes: every JS and CSS file each page loads until it is idle, gzip-sized on disk.
  const floorBytes = await measurePageBytes(browser, floor.url, "", "dist-floor", { mark: FIRST_CHART_MARK });
  const bytes: Record<string, PageBytes> = {};
  for (const [name, target] of Object.entries(PAGES)) {
    const page = await measurePageBytes(browser, app.url, target.hash, "dist-bench", target.ready);
    bytes[name] = page;
    rows.push([
      `JS raw / gzip, ${name} (${target.hash})`,
      `${kb(page.js.raw)} / ${kb(page.js.gzip)}`,
      ratio(page.js.gzip, floorBytes.js.gzip),
    ]);
    rows.push([`CSS raw / gzip, ${name}`, `${kb(page.css.raw)} / ${kb(page.css.gzip)}`, ""]);
  }
  rows.push(["JS raw / gzip, floor", `${kb(floorBytes.js.raw)} / ${kb(floorBytes.js.gzip)}`, "1.00x"]);

  step(`first charts, ${RUNS} cold loads of each page`);
  // First chart: a drawn canvas or a visible SVG chart at an animation frame (first-chart-probe.ts).
  const targets: Record<string, string> = { floor: floor.url };
  for (const [name, hash] of Object.entries(FIRST_CHART_PAGES))
    targets[name] = new URL(hash, app.url).toString();
  const firstCharts = await measureFirstCharts(browser, targets, RUNS);
  const floorFirst = firstCharts.floor?.median ?? Number.NaN;
  for (const [name, hash] of Object.entries({ ...FIRST_CHART_PAGES, floor: "" })) {
    const first = firstCharts[name];
    if (!first) continue;
    rows.push([
      `first chart, ${name} ${hash} (median of ${RUNS} cold loads in turn; ${first.kinds.join("/")})`,
      ms(first.median),
      ratio(first.median, floorFirst),
    ]);
  }
  for (const name of ["landing", "floor"]) {
    const paint = firstCharts[name]?.paintMedian ?? Number.NaN;
    rows.push([
      `first contentful paint, ${name} (median)`,
      ms(paint),
      ratio(paint, firstCharts.floor?.paintMedian ?? Number.NaN),
    ]);
  }

  step(`long tasks, ${RUNS} loads`);
  // Which chart draws in which task varies from load to load, so the longest task of one load is luck:
  // several loads, and the budget is judged on the worst.
  const profiles: LoadProfile[] = [];
  for (let run = 0; run < RUNS; run += 1)
    profiles.push(await measureLoadProfile(browser, new URL(FIRST_CHART_PAGES.landing, app.url).toString()));
  const profile = profiles[profiles.length - 1] as LoadProfile;
  const floorProfile = await measureLoadProfile(browser, floor.url);
  const longestPerLoad = profiles.map((run) => Math.max(0, ...run.longTasksAfterFirstChart));
  const longest = Math.max(...longestPerLoad);
  rows.push([
    `long tasks after first chart, landing: longest per load, median / worst of ${RUNS}`,
    `${ms(median(longestPerLoad))} / ${ms(longest)}`,
    "",
  ]);
  rows.push([
    "JS heap after load, landing",
    kb(profile.heapBytes),
    ratio(profile.heapBytes, floorProfile.heapBytes),
  ]);
  rows.push(["JS heap after load, floor", kb(floorProfile.heapBytes), "1.00x"]);

  // INP of an SDG click, from the browser's Event Timing entries: shipped data, then synthetic sizes.
  const inp: Record<string, ClickInp> = {};
  for (const count of [undefined, 1_000, 10_000, 100_000] as const) {
    const label = count === undefined ? "shipped data" : `${count.toLocaleString("en")} activities`;
    step(`SDG click INP, ${label}`);
    const result = await measureClickInp(
      browser,
      app.url,
      count === undefined ? undefined : syntheticReports(count),
      CLICKS,
    );
    inp[count ?? "shipped"] = result;
    rows.push([
      `SDG click INP, ${label} (median / p95 of ${CLICKS})`,
      `${ms(result.median)} / ${ms(result.p95)}`,
      count === undefined ? "" : ratio(result.median, inp.shipped?.median ?? Number.NaN),
    ]);
    rows.push([
      `SDG click until the pressed tile is painted, ${label} (median / p95)`,
      `${ms(result.response.median)} / ${ms(result.response.p95)}`,
      "",
    ]);
  }
  const big = syntheticReports(100_000);
  step("SDG click until settled, 100,000 activities");
  const settled = await measureFilterUpdate(browser, app.url, big, CLICKS);
  rows.push([
    "SDG click until the page settled, 100,000 activities (median / p95)",
    `${ms(settled.median)} / ${ms(settled.p95)}`,
    "",
  ]);
  step("table scroll, 100,000 activities");
  const scroll = await measureScrollFrames(browser, app.url, big);
  rows.push([
    "table scroll at 100,000: frame time median / p95 / max",
    `${ms(scroll.median)} / ${ms(scroll.p95)} / ${ms(scroll.max)}`,
    "",
  ]);

  const firstRatio = (name: keyof typeof FIRST_CHART_PAGES) =>
    (firstCharts[name]?.median ?? Number.NaN) / floorFirst;
  const bytesRatio = (name: string) => (bytes[name]?.js.gzip ?? Number.NaN) / floorBytes.js.gzip;
  const click100k = inp[100_000] ?? { median: Number.NaN, p95: Number.NaN };
  const budgets = [
    checkBudget(
      `first chart, landing #/ <= ${BUDGETS.landingFirstChartRatio}x floor`,
      firstRatio("landing"),
      BUDGETS.landingFirstChartRatio,
    ),
    checkBudget(
      `first chart, filtered overview <= ${BUDGETS.filteredFirstChartRatio}x floor`,
      firstRatio("filtered"),
      BUDGETS.filteredFirstChartRatio,
    ),
    checkBudget(
      `first chart, filtered embed <= ${BUDGETS.embedFirstChartRatio}x floor`,
      firstRatio("embed"),
      BUDGETS.embedFirstChartRatio,
    ),
    checkBudget(
      `overview JS gzip <= ${BUDGETS.overviewJsGzipRatio}x floor`,
      bytesRatio("overview"),
      BUDGETS.overviewJsGzipRatio,
    ),
    checkBudget(
      `embed JS gzip <= ${BUDGETS.embedJsGzipRatio}x floor`,
      bytesRatio("embed"),
      BUDGETS.embedJsGzipRatio,
    ),
    checkBudget(
      `SDG click INP at 100k, median <= ${BUDGETS.click100kInpMedianMs} ms`,
      click100k.median,
      BUDGETS.click100kInpMedianMs,
    ),
    checkBudget(
      `SDG click INP at 100k, p95 <= ${BUDGETS.click100kInpP95Ms} ms`,
      click100k.p95,
      BUDGETS.click100kInpP95Ms,
    ),
    checkBudget(
      `SDG click INP at 100k <= ${BUDGETS.click100kInpToShipped}x the shipped data's (medians)`,
      click100k.median / (inp.shipped?.median ?? Number.NaN),
      BUDGETS.click100kInpToShipped,
    ),
    checkBudget(
      `no long task > ${BUDGETS.longTaskMaxMs} ms after first chart (worst of ${RUNS} loads)`,
      longest,
      BUDGETS.longTaskMaxMs,
    ),
  ];

  const loadAfter = loadavg()[0] ?? Number.NaN;
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${browser.version()}; load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after`;
  const width = Math.max(...rows.map((row) => row[0].length));
  console.log(`\nWSIS Dashboard benchmark, ${new Date().toISOString()}\n${machine}\n`);
  for (const [name, value, versus] of rows)
    console.log(`${name.padEnd(width)}  ${value.padStart(26)}  ${versus}`);
  console.log("\nGoals (issue 23):");
  for (const budget of budgets)
    console.log(
      `  ${budget.holds ? "holds " : "BROKEN"}  ${budget.name} (measured ${budget.value.toFixed(2)})`,
    );

  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    "bench/results/latest.json",
    `${JSON.stringify({ date: new Date().toISOString(), machine, rows, budgets, bytes, floorBytes, firstCharts, inp, settled, scroll, profile, floorProfile }, null, 2)}\n`,
  );
  console.log("\nwrote bench/results/latest.json");
} finally {
  await browser.close();
  await app.close();
  await floor.close();
}
