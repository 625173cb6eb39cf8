import { resolve } from "node:path";
import { formatDataIssue } from "../src/data/validation/data-issue";
import { checkDataDir } from "./data/check-data-dir";
import { formatCoverage } from "./data/coverage";

const dataDir = resolve(process.argv[2] ?? "data");
const { issues, reports } = checkDataDir(dataDir);

if (reports.length > 0) {
  const sectors = [
    ...new Set(
      reports.flatMap((report) => report.activities.flatMap((a) => (a.sector ? [a.sector.code] : []))),
    ),
  ].sort();
  console.log(formatCoverage(reports, sectors));
}
if (issues.length > 0) {
  console.error(`\n${issues.length} problem(s) in ${dataDir}:`);
  for (const issue of issues) console.error(`  ${formatDataIssue(issue)}`);
  process.exit(1);
}
console.log(`\ndata:check passed: ${dataDir}`);
