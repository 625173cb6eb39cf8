// CI's deterministic budget: JS bytes (gzip) of the overview and the embed against the floor page.
// Builds both, loads each page in Chromium to learn which files it loads, sums their sizes on disk.
import { chromium } from "playwright-core";
import { BUDGETS, checkBudget } from "./bench/budgets";
import { buildAll } from "./bench/build";
import { measurePageBytes } from "./bench/page-bytes";
import { PAGES } from "./bench/page-targets";
import { serveBuild } from "./bench/servers";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./bench/chromium";
import { FIRST_CHART } from "./bench/timings";

buildAll();
const app = await serveBuild("dist-bench", 4610);
const floor = await serveBuild("dist-floor", 4620);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const floorBytes = await measurePageBytes(browser, floor.url, "", "dist-floor", { mark: FIRST_CHART });
  const checks = [];
  for (const [name, ratio] of [
    ["overview", BUDGETS.overviewJsGzipRatio],
    ["embed", BUDGETS.embedJsGzipRatio],
  ] as const) {
    const target = PAGES[name];
    if (!target) throw new Error(`no bench page ${name}`);
    const bytes = await measurePageBytes(browser, app.url, target.hash, "dist-bench", target.ready);
    checks.push(
      checkBudget(`${name} JS gzip (bytes)`, bytes.js.gzip, Math.floor(floorBytes.js.gzip * ratio)),
    );
  }
  for (const check of checks) {
    console.log(
      `${check.holds ? "ok  " : "OVER"} ${check.name}: ${check.value} <= ${check.limit} (floor ${floorBytes.js.gzip})`,
    );
  }
  if (checks.some((check) => !check.holds)) process.exitCode = 1;
} finally {
  await browser.close();
  await app.close();
  await floor.close();
}
