// JS bytes (gzip) of each bench page in finished builds, side by side: `npx tsx scripts/bench/quick-bytes.ts
// before=dist-a after=dist-b [--files]`. Build each with `npx vite build --outDir <dir>`; the floor page
// (`npx vite build -c bench/floor/vite.config.ts`) is measured in the same run for the ratio.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { measurePageBytes } from "./page-bytes";
import { FIRST_CHART_MARK } from "../../src/components/chart/first-chart-mark";
import { PAGES } from "./page-targets";
import { serveBuild } from "./servers";

const listFiles = process.argv.includes("--files");
const builds = process.argv
  .slice(2)
  .filter((arg) => arg.includes("="))
  .map((arg) => {
    const [label = "", dir = ""] = arg.split("=");
    return { label, dir };
  });
if (builds.length === 0) throw new Error("usage: quick-bytes.ts label=dist-dir [label=dist-dir…] [--files]");

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const floor = await serveBuild("dist-floor", 4720);
try {
  const floorBytes = (
    await measurePageBytes(browser, floor.url, "", "dist-floor", { mark: FIRST_CHART_MARK })
  ).js.gzip;
  console.log(`floor ${floorBytes}`);
  for (const [index, { label, dir }] of builds.entries()) {
    const served = await serveBuild(dir, 4730 + index);
    try {
      for (const [name, page] of Object.entries(PAGES)) {
        const { js } = await measurePageBytes(browser, served.url, page.hash, dir, page.ready);
        console.log(`${label} ${name}: ${js.gzip} (${(js.gzip / floorBytes).toFixed(3)}x floor)`);
        if (listFiles)
          for (const { file, gzip } of js.perFile) console.log(`   ${String(gzip).padStart(7)}  ${file}`);
      }
    } finally {
      await served.close();
    }
  }
} finally {
  await floor.close();
  await browser.close();
}
