// The first Share menu opened after a cold load, by pointer (pointed at, then clicked a moment later) and
// by keyboard (focused, then activated at once, as Enter does): milliseconds from the click or key to the panel's first button.
//   BENCH_RUNS=7 npx tsx scripts/bench/quick-share-open.ts before=dist-a after=dist-b
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { serveBuild } from "./servers";
import { median } from "./stats";
import { coldLoad, loadsInTurn } from "./timings";

const runs = Number(process.env.BENCH_RUNS ?? 7);
// How long a pointer rests on a button before the press, at the quick end of what people do.
const HOVER_MS = 100;
const targets: Record<string, string> = {};
let port = 4960;
for (const spec of process.argv.slice(2)) {
  const [name, dir] = spec.split("=") as [string, string];
  // Served twice, so that each way of opening has a URL of its own (a query would add a notice).
  for (const by of ["pointer", "keyboard"])
    targets[`${name} ${by}`] = `${(await serveBuild(dir, port++)).url}#/`;
}

async function openShare(page: Page, byKeyboard: boolean): Promise<number> {
  await page.getByTestId("activity-count").waitFor();
  const trigger = page.locator(".chart-card .share-menu .popover__trigger").first();
  await trigger.scrollIntoViewIfNeeded();
  if (byKeyboard) await trigger.focus();
  else {
    await trigger.hover();
    await page.waitForTimeout(HOVER_MS);
  }
  // Timed inside the page, from the event to the frame that shows the panel's first button.
  return page.evaluate(`new Promise((resolve) => {
    const trigger = document.querySelector(".chart-card .share-menu .popover__trigger");
    const start = performance.now();
    trigger.click();
    function poll() { if (document.querySelector(".share-menu__panel button")) resolve(performance.now() - start); else requestAnimationFrame(poll); }
    poll();
  })`) as Promise<number>;
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const names = Object.keys(targets);
const byUrl = Object.fromEntries(names.map((name) => [targets[name], name]));
const loads = await loadsInTurn(targets, runs, (url) =>
  coldLoad(browser, url, (page) => openShare(page, (byUrl[url] ?? "").endsWith("keyboard"))),
);
await browser.close();
for (const name of names) {
  const list = loads[name] ?? [];
  console.log(
    `${name.padEnd(18)} median ${median(list).toFixed(0).padStart(4)} ms  runs ${list.map((v) => v.toFixed(0)).join(" ")}`,
  );
}
process.exit(0);
