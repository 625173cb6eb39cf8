import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { FORMAT_VERSION } from "../src/schema/common";
import { ReferenceSchema } from "../src/schema/reference";
import { generateSyntheticReports } from "./synth/generate";

// npm run data:synth -- --activities 100000 --years 2006-2025 --seed 1 --out /tmp/big.json
// --out FILE.json writes one bundle; --out-dir DIR writes a data folder (reports/ + reference + indicators)
// that `WSIS_DATA_DIR=DIR npm run build` or the benchmark can serve in place of data/.
const { values } = parseArgs({
  options: {
    activities: { type: "string", default: "1000" },
    years: { type: "string", default: "2006-2025" },
    seed: { type: "string", default: "1" },
    out: { type: "string" },
    "out-dir": { type: "string" },
  },
});

const [firstYear, lastYear = firstYear] = (values.years ?? "").split("-").map(Number);
const activities = Number(values.activities);
if (!Number.isInteger(activities) || activities < 0 || !firstYear || !lastYear || lastYear < firstYear) {
  console.error(
    "usage: data:synth -- --activities N --years YYYY-YYYY --seed N (--out file.json | --out-dir dir)",
  );
  process.exit(2);
}
const reference = ReferenceSchema.parse(JSON.parse(readFileSync("data/reference.json", "utf8")));
const reports = generateSyntheticReports(reference, {
  activities,
  firstYear,
  lastYear,
  seed: Number(values.seed),
});

if (values.out) {
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, JSON.stringify({ formatVersion: FORMAT_VERSION, reports }));
  console.log(`wrote ${activities} synthetic activities in ${reports.length} years to ${values.out}`);
}
if (values["out-dir"]) {
  const dir = values["out-dir"];
  mkdirSync(join(dir, "reports"), { recursive: true });
  for (const report of reports)
    writeFileSync(join(dir, "reports", `${report.meta.year}.json`), JSON.stringify(report));
  for (const file of ["reference.json", "indicators.json"])
    writeFileSync(join(dir, file), readFileSync(join("data", file)));
  console.log(`wrote a synthetic data folder with ${activities} activities to ${dir}`);
}
if (!values.out && !values["out-dir"]) {
  console.error("give --out file.json or --out-dir dir");
  process.exit(2);
}
