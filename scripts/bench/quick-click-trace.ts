// What an SDG click is made of, from a Chromium trace: for each click, the main thread's work from the
// pointerdown until the first frame after the click (what INP counts), by trace event, and what follows
// in the next second (the charts' deferred updates). A tuning aid:
//   DIST=dist-b npx tsx scripts/bench/quick-click-trace.ts 100000
import { openSyntheticPage } from "./synthetic-overview";

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { type?: string } };
}

const clicks = Number(process.env.CLICKS ?? 6);
const { browser, page, close } = await openSyntheticPage({
  dist: process.env.DIST ?? "dist-b",
  port: 4814,
  activities: Number(process.argv[2] ?? 100_000),
});
await page.waitForTimeout(2000);
await browser.startTracing(page, {
  categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"],
});
for (let click = 0; click < clicks; click += 1) {
  await page.locator(".sdg-tile").nth(4).click();
  await page.waitForTimeout(1500);
}
const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
const mainThread = traceEvents.find(
  (event) => event.name === "thread_name" && event.args?.name === "CrRendererMain",
);
const main = traceEvents.filter(
  (event) => event.ph === "X" && event.tid === mainThread?.tid && event.pid === mainThread?.pid && event.dur,
);
const downs = main.filter(
  (event) => event.name === "EventDispatch" && event.args?.data?.type === "pointerdown",
);
// Top-level work only: events nested inside another event of the window are counted in their parent.
const TOP = new Set([
  "EventDispatch",
  "FunctionCall",
  "TimerFire",
  "FireAnimationFrame",
  "UpdateLayoutTree",
  "Layout",
  "Paint",
  "PrePaint",
  "Layerize",
  "Commit",
  "RunMicrotasks",
  "HitTest",
  "ParseHTML",
  "MinorGC",
  "MajorGC",
]);
const sum = (from: number, to: number) => {
  const totals = new Map<string, number>();
  for (const event of main) {
    if (event.ts < from || event.ts >= to || !TOP.has(event.name)) continue;
    const label = event.name === "EventDispatch" ? `EventDispatch ${event.args?.data?.type}` : event.name;
    totals.set(label, (totals.get(label) ?? 0) + (event.dur ?? 0) / 1000);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
    .join(", ");
};
for (const down of downs) {
  const click = main.find(
    (event) => event.name === "EventDispatch" && event.args?.data?.type === "click" && event.ts > down.ts,
  );
  if (!click) continue;
  const clickEnd = click.ts + (click.dur ?? 0);
  const frame = main.find((event) => event.name === "Commit" && event.ts > clickEnd);
  const end = frame ? frame.ts + (frame.dur ?? 0) : clickEnd;
  console.log(`click: ${((end - down.ts) / 1000).toFixed(1)} ms to the next frame: ${sum(down.ts, end)}`);
  console.log(`   then 1 s: ${sum(end, end + 1_000_000)}`);
}
await close();
process.exit(0);
