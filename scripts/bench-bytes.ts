// CI's deterministic budget: JS bytes (gzip) of the overview and the embed against the floor page.
// Builds both, loads each page in Chromium to learn which files it loads, sums their sizes on disk.
import { chromium } from "playwright-core";
import { BUDGETS, CI_BYTE_CEILINGS, checkBudget } from "./bench/budgets";
import { buildAll } from "./bench/build";
import { measurePageBytes } from "./bench/page-bytes";
import { PAGES } from "./bench/page-targets";
import { serveBuild } from "./bench/servers";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./bench/chromium";
import { FIRST_CHART_MARK } from "../src/components/chart/first-chart-mark";

// `npm run bench:bytes -- --files` also lists each page's JS files with their gzip bytes.
const listFiles = process.argv.includes("--files");

buildAll();
const app = await serveBuild("dist-bench", 4610);
const floor = await serveBuild("dist-floor", 4620);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const floorBytes = await measurePageBytes(browser, floor.url, "", "dist-floor", { mark: FIRST_CHART_MARK });
  const ceilings = [];
  for (const [name, target, ceiling] of [
    ["overview", BUDGETS.overviewJsGzipRatio, CI_BYTE_CEILINGS.overviewJsGzipRatio],
    ["embed", BUDGETS.embedJsGzipRatio, CI_BYTE_CEILINGS.embedJsGzipRatio],
  ] as const) {
    const page = PAGES[name];
    if (!page) throw new Error(`no bench page ${name}`);
    const bytes = await measurePageBytes(browser, app.url, page.hash, "dist-bench", page.ready);
    if (listFiles) {
      for (const { file, gzip } of bytes.js.perFile) console.log(`     ${String(gzip).padStart(7)}  ${file}`);
    }
    const limit = (ratio: number) => Math.floor(floorBytes.js.gzip * ratio);
    const goal = checkBudget(`${name} JS gzip, target ${target}x`, bytes.js.gzip, limit(target));
    const gate = checkBudget(`${name} JS gzip, CI ceiling ${ceiling}x`, bytes.js.gzip, limit(ceiling));
    ceilings.push(gate);
    for (const check of [goal, gate]) {
      const ratio = (check.value / floorBytes.js.gzip).toFixed(3);
      console.log(
        `${check.holds ? "ok  " : "OVER"} ${check.name}: ${check.value} <= ${check.limit} bytes (${ratio}x floor ${floorBytes.js.gzip})`,
      );
    }
  }
  // CI fails on the ceilings (no silent growth); the targets are reported until they hold again.
  if (ceilings.some((check) => !check.holds)) process.exitCode = 1;
} finally {
  await browser.close();
  await app.close();
  await floor.close();
}
