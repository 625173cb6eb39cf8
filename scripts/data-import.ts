import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ReferenceSchema } from "../src/schema/reference";
import { USAGE, buildReportFromCsv, parseImportArgs, readTakenIds } from "./data/import-csv-report";

// Maintainers' path from a spreadsheet to data/reports/<year>.json, with the app's rules and line numbers.
const args = parseImportArgs(process.argv.slice(2));
if ("error" in args) {
  console.error(`data:import: ${args.error}\n${USAGE}`);
  process.exit(2);
}
const { options } = args;

let text: string;
try {
  text = readFileSync(options.input, "utf8");
} catch (error) {
  console.error(
    `data:import: cannot read ${options.input} (${error instanceof Error ? error.message : error})`,
  );
  process.exit(1);
}
const reference = ReferenceSchema.parse(
  JSON.parse(readFileSync(join(options.dataDir, "reference.json"), "utf8")),
);
const built = buildReportFromCsv(text, options, reference, readTakenIds(options.dataDir, options.out));

if ("problems" in built) {
  for (const line of built.problems) console.error(line);
  console.error(`\n${built.problems.length} problem(s); nothing was written.`);
  process.exit(1);
}
if (existsSync(options.out) && !options.force) {
  console.error(`data:import: ${options.out} exists; add --force to overwrite it.`);
  process.exit(1);
}
writeFileSync(options.out, `${JSON.stringify(built.report, null, 2)}\n`);
console.log(
  `Wrote ${options.out}: ${built.report.activities.length} activities of ${options.year} (kind "${options.kind}").\nRun npm run data:check.`,
);
