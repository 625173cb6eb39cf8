// Side by side, finished builds against the floor page, cold loads of #/ in turn:
//   npx vite build --outDir dist-a && (change) && npx vite build --outDir dist-b
//   BENCH_RUNS=9 npx tsx scripts/bench/quick-first-paint.ts before=dist-a after=dist-b
// For each: the first animation frame at which a chart is drawn (an SVG with shapes, of a chart's size, as a
// prerender paints it before any script runs, or the app's `wsis:first-chart` mark of a drawn canvas),
// the first contentful paint, and how the first chart was drawn; medians, with ratios to the floor.
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { serveBuild } from "./servers";
import { median } from "./stats";
import { FIRST_CHART, loadsInTurn } from "./timings";

const PROBE = `(() => {
  const svgDrawn = () => [...document.querySelectorAll("svg")].some((svg) => {
    if (svg.querySelectorAll("path, rect").length < 5) return false;
    const box = svg.getBoundingClientRect();
    return box.width >= 200 && box.height >= 100;
  });
  const frame = () => {
    const marked = performance.getEntriesByName("${FIRST_CHART}").length > 0;
    if (marked || svgDrawn()) {
      window.__firstChart = { time: performance.now(), kind: marked ? "canvas" : "svg" };
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

interface Load {
  chart: number;
  paint: number;
  kind: string;
}

async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(url);
    await page.waitForFunction(
      () => (window as { __firstChart?: unknown }).__firstChart !== undefined,
      null,
      {
        timeout: 120_000,
      },
    );
    return await page.evaluate(() => {
      const first = (window as unknown as { __firstChart: { time: number; kind: string } }).__firstChart;
      const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
      return { chart: first.time, paint, kind: first.kind };
    });
  } finally {
    await context.close();
  }
}

const runs = Number(process.env.BENCH_RUNS ?? 9);
const floor = await serveBuild("dist-floor", 4921);
const targets: Record<string, string> = { floor: floor.url };
let port = 4930;
for (const spec of process.argv.slice(2)) {
  const [name, dir] = spec.split("=") as [string, string];
  targets[name] = new URL("#/", (await serveBuild(dir, port++)).url).toString();
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const loads = await loadsInTurn(targets, runs, (url) => coldLoad(browser, url));
await browser.close();

const floorChart = median((loads.floor ?? []).map((load) => load.chart));
for (const [name, list] of Object.entries(loads)) {
  const chart = median(list.map((load) => load.chart));
  const paint = median(list.map((load) => load.paint));
  const kinds = [...new Set(list.map((load) => load.kind))].join("/");
  console.log(
    `${name.padEnd(8)} first chart ${chart.toFixed(0).padStart(5)} ms ${(chart / floorChart).toFixed(2)}x floor` +
      `  first paint ${paint.toFixed(0).padStart(5)} ms  drawn as ${kinds}` +
      `  runs ${list.map((load) => load.chart.toFixed(0)).join(" ")}`,
  );
}
process.exit(0);
