// Where a filter update spends its time: inclusive and self time per function over a few SDG toggles. A
// tuning aid, not a test. Build with names first, then run with an activity count and how many rows to print:
//   npx vite build --outDir dist-prof --minify false && npx tsx scripts/bench/quick-profile.ts 100000 40
// CALLERS=<function> also prints the call chains above it; add CALLEES=1 for the frames below it instead.
import { openSyntheticPage, toggleSdgFive } from "./synthetic-overview";

const { page, close } = await openSyntheticPage({
  dist: process.env.DIST ?? "dist-prof",
  port: 4813,
  activities: Number(process.argv[2] ?? 1000),
});
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
const toggles = 4;
for (let i = 0; i < toggles; i += 1) await toggleSdgFive(page, 600);
type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
const { profile } = (await cdp.send("Profiler.stop")) as {
  profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
};
const self = new Map<number, number>();
profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const key = (node: Node) =>
  `${node.callFrame.functionName || "(anon)"} ${node.callFrame.url.split("/").pop()}:${node.callFrame.lineNumber}`;
const inclusive = new Map<string, number>();
const selfByName = new Map<string, number>();
for (const [id, micros] of self) {
  const seen = new Set<string>();
  let current: number | undefined = id;
  const leaf = byId.get(id);
  if (leaf) selfByName.set(key(leaf), (selfByName.get(key(leaf)) ?? 0) + micros);
  while (current !== undefined) {
    const node = byId.get(current);
    if (!node) break;
    const name = key(node);
    if (!seen.has(name)) {
      inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
      seen.add(name);
    }
    current = parent.get(current);
  }
}
const top = Number(process.argv[3] ?? 60);
console.log("inclusive ms per toggle:");
for (const [name, micros] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${(micros / 1000 / toggles).toFixed(1).padStart(8)}  ${name}`);
console.log("self ms per toggle:");
for (const [name, micros] of [...selfByName].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${(micros / 1000 / toggles).toFixed(1).padStart(8)}  ${name}`);
const focus = process.env.CALLERS;
if (focus) {
  // Which callers (up to 4 frames above) lead to `focus`, by inclusive time.
  const chains = new Map<string, number>();
  for (const [id, micros] of self) {
    const path: string[] = [];
    let current: number | undefined = id;
    while (current !== undefined) {
      const node = byId.get(current);
      if (!node) break;
      path.push(key(node));
      current = parent.get(current);
    }
    const at = path.findIndex((name) => name.startsWith(`${focus} `));
    if (at < 0) continue;
    // CALLEES=1: the three frames below `focus` instead of the callers above it.
    const chain = process.env.CALLEES
      ? path
          .slice(Math.max(0, at - 3), at + 1)
          .reverse()
          .join(" > ")
      : path.slice(at, at + 6).join(" < ");
    chains.set(chain, (chains.get(chain) ?? 0) + micros);
  }
  for (const [chain, micros] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`${(micros / 1000 / toggles).toFixed(1).padStart(8)}  ${chain}`);
}
await close();
