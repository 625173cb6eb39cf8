// The README's screenshots, taken on purpose rather than as a side effect of the tests:
// `npm run screenshots:readme` builds the app, serves it and rewrites tests/artifacts/readme/*.png.
import { execSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./bench/chromium";
import { serveBuild } from "./bench/servers";

const OUT_DIR = fileURLToPath(new URL("../tests/artifacts/readme/", import.meta.url));
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

const SHOTS = [
  { file: "overview-1440", hash: "#/?lang=en", viewport: DESKTOP },
  { file: "overview-ar-1440", hash: "#/?lang=ar", viewport: DESKTOP },
  { file: "overview-ar-390", hash: "#/?lang=ar", viewport: PHONE },
  { file: "overview-dark-1440", hash: "#/?lang=en&theme=dark", viewport: DESKTOP },
  { file: "overview-dark-390", hash: "#/?lang=en&theme=dark", viewport: PHONE },
] as const;

execSync("npx vite build --logLevel warn", { stdio: "inherit" });
const served = await serveBuild("dist", 4390);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const shot of SHOTS) {
    // Reduced motion: the charts are drawn without their entry animation, so the picture is the final one.
    const page = await browser.newPage({
      viewport: shot.viewport,
      serviceWorkers: "block",
      reducedMotion: "reduce",
    });
    await page.goto(`${served.url}${shot.hash}`);
    await page.getByTestId("activity-count").waitFor();
    await page.locator(".echart canvas").first().waitFor();
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT_DIR}${shot.file}.png` });
    console.log(`wrote tests/artifacts/readme/${shot.file}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await served.close();
}
