// The embeds' first charts, several finished builds against the floor page, cold loads in turn:
//   npx vite build --outDir dist-a && (change) && npx vite build --outDir dist-b
//   BENCH_RUNS=9 npx tsx scripts/bench/quick-embed.ts before=dist-a after=dist-b
// Needs the floor build (npx vite build -c bench/floor/vite.config.ts). Medians, with ratios to the floor.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { serveBuild } from "./servers";
import { median } from "./stats";
import { coldLoad, loadsInTurn } from "./timings";

const runs = Number(process.env.BENCH_RUNS ?? 7);
const EMBEDS = { filtered: "#/embed/sdgs?sdg=5&year=2023", bare: "#/embed/sdgs?title=0" };
const floor = await serveBuild("dist-floor", 4941);
const targets: Record<string, string> = { floor: floor.url };
let port = 4942;
for (const spec of process.argv.slice(2)) {
  const [name, dir] = spec.split("=") as [string, string];
  const { url } = await serveBuild(dir, port++);
  for (const [page, hash] of Object.entries(EMBEDS))
    targets[`${name} ${page}`] = new URL(hash, url).toString();
}
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const loads = await loadsInTurn(targets, runs, (url) => coldLoad(browser, url, (_page, first) => first));
await browser.close();
const floorMedian = median(loads.floor ?? []);
for (const name of Object.keys(targets)) {
  const list = loads[name] ?? [];
  const m = median(list);
  console.log(
    `${name.padEnd(18)} median ${m.toFixed(0).padStart(5)} ms ${(m / floorMedian).toFixed(2)}x floor  runs ${list.map((v) => v.toFixed(0)).join(" ")}`,
  );
}
process.exit(0);
