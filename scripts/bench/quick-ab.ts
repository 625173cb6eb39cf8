// Side by side, several finished builds against the floor page, cold loads in turn:
//   npx vite build --outDir dist-a && (change) && npx vite build --outDir dist-b
//   BENCH_RUNS=9 npx tsx scripts/bench/quick-ab.ts before=dist-a after=dist-b
// For each build: first chart of #/, of a filtered #/ and of an embed, and the click on Activities until
// the table shows a row ("route"); medians, with the first charts' ratios to the floor.
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { serveBuild } from "./servers";
import { median } from "./stats";
import { coldLoad, loadsInTurn } from "./timings";

const runs = Number(process.env.BENCH_RUNS ?? 7);
const builds = process.argv.slice(2); // name=dir
const floor = await serveBuild("dist-floor", 4921);
const served: Record<string, string> = {};
let port = 4930;
for (const spec of builds) {
  const [name, dir] = spec.split("=") as [string, string];
  served[name] = (await serveBuild(dir, port++)).url;
}
const PAGES = { first: "#/", filtered: "#/?sdg=5&year=2023", embed: "#/embed/sdgs?title=0" };
const targets: Record<string, string> = { floor: floor.url };
for (const [build, url] of Object.entries(served))
  for (const [page, hash] of Object.entries(PAGES))
    targets[`${build} ${page}`] = new URL(hash, url).toString();
for (const [build, url] of Object.entries(served)) targets[`${build} route`] = new URL("#/", url).toString();

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
async function read(page: Page, firstChart: number, name: string): Promise<number> {
  if (!name.endsWith(" route")) return firstChart;
  await page.getByTestId("activity-count").waitFor();
  return page.evaluate(`new Promise((resolve) => {
    const link = [...document.querySelectorAll("nav a")].find((a) => (a.getAttribute("href") || "").startsWith("#/activities"));
    const start = performance.now();
    link.click();
    function poll() { if (document.querySelector("tbody tr[data-index]")) resolve(performance.now() - start); else requestAnimationFrame(poll); }
    poll();
  })`) as Promise<number>;
}
const names = Object.keys(targets);
const byUrl = Object.fromEntries(names.map((name) => [targets[name], name]));
const loads = await loadsInTurn(targets, runs, (url) =>
  coldLoad(browser, url, (page, first) => read(page, first, byUrl[url] ?? "")),
);
await browser.close();
const floorMedian = median(loads.floor ?? []);
for (const name of names) {
  const list = loads[name] ?? [];
  const m = median(list);
  const ratio = name.endsWith(" route") ? "" : ` ${(m / floorMedian).toFixed(2)}x floor`;
  console.log(
    `${name.padEnd(22)} median ${m.toFixed(0).padStart(5)} ms${ratio}  runs ${list.map((v) => v.toFixed(0)).join(" ")}`,
  );
}
process.exit(0);
