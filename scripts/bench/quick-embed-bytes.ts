// The JS an embed loads from a finished build, file by file, and which packages or source folders fill it
// (read from each file's source map):
//   npx vite build --outDir dist-b && npx tsx scripts/bench/quick-embed-bytes.ts dist-b '#/embed/sdgs?title=0'
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { measurePageBytes } from "./page-bytes";
import { FIRST_CHART_MARK } from "../../src/components/chart/first-chart-mark";
import { serveBuild } from "./servers";

const [outDir = "dist", ...hashes] = process.argv.slice(2);
const served = await serveBuild(outDir, 4950);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** A source map's mappings, per generated line: [generated column, source index] of each segment. */
function decode(mappings: string): Array<Array<[number, number | undefined]>> {
  let source = 0;
  return mappings.split(";").map((line) => {
    let column = 0;
    return line
      .split(",")
      .filter(Boolean)
      .map((segment) => {
        const values: number[] = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = BASE64.indexOf(char);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        column += values[0] ?? 0;
        if (values.length > 1) source += values[1] ?? 0;
        return [column, values.length > 1 ? source : undefined];
      });
  });
}

/** A source's group: its npm package, or its folder under src/. */
function groupOf(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg?.[1]) return pkg[1];
  const src = /src\/(.*)\/[^/]+$/.exec(source);
  return src?.[1] ? `src/${src[1]}` : source;
}

for (const hash of hashes.length > 0 ? hashes : ["#/embed/sdgs?title=0"]) {
  const bytes = await measurePageBytes(browser, served.url, hash, outDir, { mark: FIRST_CHART_MARK });
  console.log(`${hash}: ${bytes.js.gzip} B gzip JS in ${bytes.js.files.length} files`);
  const groups = new Map<string, number>();
  for (const { file, gzip } of bytes.js.perFile) {
    console.log(`  ${String(gzip).padStart(7)}  ${file}`);
    const mapFile = join(outDir, `${file}.map`);
    if (!existsSync(mapFile)) continue;
    const map = JSON.parse(readFileSync(mapFile, "utf8")) as { sources: string[]; mappings: string };
    const lines = readFileSync(join(outDir, file), "utf8").split("\n");
    decode(map.mappings).forEach((segments, line) => {
      const length = lines[line]?.length ?? 0;
      segments.forEach((segment, index) => {
        const source = segment[1];
        if (source === undefined) return;
        const end = segments[index + 1]?.[0] ?? length;
        const group = groupOf(map.sources[source] ?? "?");
        groups.set(group, (groups.get(group) ?? 0) + end - segment[0]);
      });
    });
  }
  console.log("  minified bytes by package or folder (from the source maps):");
  for (const [group, size] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`  ${String(size).padStart(9)}  ${group}`);
}
await browser.close();
await served.close();
process.exit(0);
