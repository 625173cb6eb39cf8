// Where a filter update spends its time (CPU profile of a few SDG toggles): a tuning aid, not a test.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { ReferenceSchema } from "../../src/schema/reference";
import { generateSyntheticReports } from "../synth/generate";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { serveBuild } from "./servers";
import { serveSyntheticReports } from "./synthetic-routes";

const reference = ReferenceSchema.parse(JSON.parse(readFileSync("data/reference.json", "utf8")));
const reports = generateSyntheticReports(reference, {
  activities: Number(process.argv[2] ?? 1000),
  firstYear: 2006,
  lastYear: 2025,
  seed: 1,
});
const app = await serveBuild("dist-quick", 4811);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await serveSyntheticReports(page, reports);
await page.goto(new URL("#/", app.url).toString());
await page.waitForFunction(() => performance.getEntriesByName("wsis:first-chart").length > 0);
await page.waitForTimeout(1000);
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
for (let i = 0; i < 4; i += 1) {
  await page.evaluate(async () => {
    const tile = [...document.querySelectorAll<HTMLButtonElement>(".sdg-tile")].find((b) =>
      b.textContent?.startsWith("5 "),
    );
    tile?.click();
    await new Promise((r) => setTimeout(r, 400));
  });
}
const { profile } = (await cdp.send("Profiler.stop")) as {
  profile: {
    nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
    samples: number[];
    timeDeltas: number[];
  };
};
const self = new Map<number, number>();
profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const byName = new Map<string, number>();
for (const node of profile.nodes) {
  const key = `${node.callFrame.functionName || "(anon)"} ${node.callFrame.url.split("/").pop()}:${node.callFrame.lineNumber}`;
  byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0));
}
for (const [name, micros] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${(micros / 1000).toFixed(1).padStart(8)} ms  ${name}`);
await browser.close();
await app.close();
