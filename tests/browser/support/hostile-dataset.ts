import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SHIPPED = fileURLToPath(new URL("../../../data/", import.meta.url));

/** Each would run script or add an element if a string reached the DOM (or a template) as markup. */
export const PAYLOADS = [
  `<img src=x onerror="window.__pwned=1">`,
  `<script>window.__pwned=2</script>`,
  `"><svg onload=window.__pwned=3>`,
  `{{constructor.constructor('window.__pwned=4')()}}`,
  `<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>`,
  `<a href="javascript:window.__pwned=6">link</a><b>bold</b>`,
  `javascript:window.__pwned=7`,
  // Right-to-left override, zero-width space and joiner: they must not reorder or hide what follows.
  `\u202Eevil\u202C \u200Bzero\u200Dwidth <style>*{display:none}</style>`,
] as const;

/** Free text in the dataset format: every string the schemas do not restrict to a code, id, URL or date. */
const FREE_TEXT_KEYS = new Set([
  "name",
  "bureauCode",
  "bureau",
  "scope",
  "title",
  "leadFacilitators",
  "citation",
  "note",
  "notes",
  "shortName",
  "short",
  "description",
  "caveats",
  "targets",
  "label",
  "group",
  "unit",
  "qualifier",
  "summary",
  "symbol",
]);

/** Prefixes every free-text string with a payload, in turn; the original text keeps them distinct. */
function poison(value: unknown, key: string, counter: { next: number }): unknown {
  if (typeof value === "string" && FREE_TEXT_KEYS.has(key)) {
    const payload = PAYLOADS[counter.next % PAYLOADS.length]!;
    counter.next += 1;
    return `${payload} ${value}`;
  }
  if (Array.isArray(value)) return value.map((item) => poison(item, key, counter));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, poison(item, name, counter)]),
    );
  }
  return value;
}

/**
 * Writes a complete, valid dataset (reference, indicators, every shipped report) into a temporary folder,
 * with a payload in every free-text field, and returns the folder. `WSIS_DATA_DIR=<folder> npm run dev`
 * shows it by hand.
 */
export function writeHostileDataset(): string {
  const dir = mkdtempSync(join(tmpdir(), "wsis-hostile-"));
  cpSync(SHIPPED, dir, { recursive: true });
  const counter = { next: 0 };
  const files = [
    "reference.json",
    "indicators.json",
    ...readdirSync(join(dir, "reports")).map((name) => `reports/${name}`),
  ];
  for (const file of files) {
    const data = JSON.parse(readFileSync(join(dir, file), "utf8")) as unknown;
    writeFileSync(join(dir, file), JSON.stringify(poison(data, "", counter)));
  }
  // The SDG names in six languages: English must equal the (poisoned) reference, the others get payloads.
  const reference = JSON.parse(readFileSync(join(dir, "reference.json"), "utf8")) as {
    sdgs: Array<{ number: number; shortName: string; title: string }>;
  };
  const names = JSON.parse(readFileSync(join(dir, "sdg-names-i18n.json"), "utf8")) as {
    goals: Record<string, Record<string, { short: string; title: string }>>;
  };
  for (const sdg of reference.sdgs) {
    const goal = poison(names.goals[String(sdg.number)], "", counter) as Record<
      string,
      { short: string; title: string }
    >;
    goal.en = { short: sdg.shortName, title: sdg.title };
    names.goals[String(sdg.number)] = goal;
  }
  writeFileSync(join(dir, "sdg-names-i18n.json"), JSON.stringify(names));
  return dir;
}
