// Where a cold load spends its time before the first chart: inclusive and self time per function, self
// time per file, and with FOCUS=<function> the call chains below it (DEPTH frames, default 3). A tuning
// aid, not a test. Build with names first, then run with a route:
//   npx vite build --outDir dist-prof --minify false
//   FOCUS=ECharts.setOption npx tsx scripts/bench/quick-load-profile.ts "#/embed/sdgs?title=0" 40
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { serveBuild } from "./servers";
import { waitForFirstChart } from "./first-chart-probe";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const app = await serveBuild(process.env.DIST ?? "dist-prof", 4831);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const url = new URL(process.argv[2] ?? "#/", app.url).toString();

async function coldLoad(target: Browser, profiled: boolean) {
  const context = await target.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = profiled ? await context.newCDPSession(page) : undefined;
  await cdp?.send("Profiler.enable");
  await cdp?.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp?.send("Profiler.start");
  await page.goto(url);
  await waitForFirstChart(page);
  const result = (await cdp?.send("Profiler.stop")) as
    { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } } | undefined;
  await context.close();
  return result?.profile;
}

// The first load of a browser pays for Chromium's own start-up: profile the second.
await coldLoad(browser, false);
const profile = await coldLoad(browser, true);
await browser.close();
await app.close();
if (!profile) throw new Error("no profile");

const selfTime = new Map<number, number>();
profile.samples.forEach((id, index) =>
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)),
);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const label = (node: ProfileNode) =>
  `${node.callFrame.functionName || "(anon)"} ${node.callFrame.url.split("/").pop()}:${node.callFrame.lineNumber}`;
const stackOf = (id: number): ProfileNode[] => {
  const stack: ProfileNode[] = [];
  for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
    const node = byId.get(current);
    if (!node) break;
    stack.push(node);
  }
  return stack;
};
const add = (map: Map<string, number>, key: string, micros: number) =>
  map.set(key, (map.get(key) ?? 0) + micros);

const inclusive = new Map<string, number>();
const self = new Map<string, number>();
const byFile = new Map<string, number>();
const focused = new Map<string, number>();
const focus = process.env.FOCUS;
const depth = Number(process.env.DEPTH ?? 3);
for (const [id, micros] of selfTime) {
  const stack = stackOf(id);
  const leaf = stack[0];
  if (!leaf) continue;
  add(self, label(leaf), micros);
  add(byFile, leaf.callFrame.url.split("/").pop() || leaf.callFrame.functionName, micros);
  for (const name of new Set(stack.map(label))) add(inclusive, name, micros);
  const at = focus ? stack.findIndex((node) => node.callFrame.functionName === focus) : -1;
  if (at >= 0)
    add(
      focused,
      stack
        .slice(Math.max(0, at - depth), at + 1)
        .reverse()
        .map((node) => node.callFrame.functionName || "(anon)")
        .join(" > "),
      micros,
    );
}
const print = (title: string, map: Map<string, number>, rows: number) => {
  console.log(title);
  for (const [name, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows))
    console.log(`${(micros / 1000).toFixed(1).padStart(8)}  ${name}`);
};
const rows = Number(process.argv[3] ?? 40);
print("inclusive ms:", inclusive, rows);
print("self ms by file:", byFile, 15);
print("self ms:", self, 25);
if (focus) print(`below ${focus}, ${depth} frames:`, focused, 25);
