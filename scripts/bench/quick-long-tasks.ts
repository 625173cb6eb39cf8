// The longest task after the first chart (during a 3 s settle) for builds side by side, loads in turn:
//   LOADS=5 npx tsx scripts/bench/quick-long-tasks.ts before=dist-a after=dist-b
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { serveBuild } from "./servers";
import { median } from "./stats";
import { measureLoadProfile } from "./timings";

const loads = Number(process.env.LOADS ?? 5);
const PAGES = { overview: "#/", filtered: "#/?sdg=5&year=2023" };
const builds = process.argv.slice(2).map((spec) => spec.split("=") as [string, string]);
let port = 4970;
const served = await Promise.all(
  builds.map(async ([name, dir]) => ({ name, app: await serveBuild(dir, port++) })),
);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const longest: Record<string, number[]> = {};
for (let load = 0; load < loads; load += 1)
  for (const { name, app } of served)
    for (const [page, hash] of Object.entries(PAGES)) {
      const profile = await measureLoadProfile(browser, new URL(hash, app.url).toString());
      (longest[`${name} ${page}`] ??= []).push(Math.max(0, ...profile.longTasksAfterFirstChart));
    }
for (const [key, list] of Object.entries(longest))
  console.log(
    `${key.padEnd(20)} longest task after the first chart: median ${median(list).toFixed(0)} ms, worst ${Math.max(...list).toFixed(0)}  (${list.map((v) => v.toFixed(0)).join(" ")})`,
  );
await browser.close();
await Promise.all(served.map(({ app }) => app.close()));
process.exit(0);
