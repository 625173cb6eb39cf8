import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeActivity, makeReference, makeReport } from "../../../tests/fixtures/dataset";
import { IndicatorsSchema } from "../../schema/indicators";
import { ReferenceSchema } from "../../schema/reference";
import type { Activity } from "../../schema/report";
import { checkReference } from "./check-reference";
import type { DataIssue } from "./data-issue";
import { parseDataFile } from "./parse-data-file";
import { validateReport } from "./validate-report";

// Seeded, so that a failure prints a seed and path that reproduce it. Raise numRuns locally to dig deeper.
const RUNS = { seed: 20_261_128, numRuns: 2000 };
const FILE = "data/reports/2023.json";
const reference = makeReference();

const ACTIVITIES: Activity[] = [
  makeActivity({ id: "A1" }),
  makeActivity({ id: "A2", notes: "Two sources disagree.", figures: [{ label: "200+ experts" }] }),
  makeActivity({ id: "A3", sector: undefined, actionLines: [], sdgs: [] }),
];
const validReport = () => structuredClone(makeReport(2023, ACTIVITIES));

/** Every issue is located: the file, a field path (possibly empty: the whole file) and a reason. */
function expectLocated(issues: readonly DataIssue[]) {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.file).toBe(FILE);
    expect(typeof issue.path).toBe("string");
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

/** Values of the wrong type for every activity field except `id` (each field is a string, array or object). */
const wrongValue = fc.constantFrom<unknown>(null, 42, true, { unexpected: 1 });
const ACTIVITY_FIELDS = ["key", "sector", "actionLines", "sdgs", "title", "summary", "sources"] as const;

/** A JSON path into the report (keys and indexes) and a value to put there, or undefined to delete. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  }
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...pathsOf(item, [...prefix, key]),
    ]);
  }
  return [];
}
const REPORT_PATHS = pathsOf(validReport());

function setAt(root: unknown, path: ReadonlyArray<string | number>, value: unknown): unknown {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined && Array.isArray(node)) node.splice(Number(last), 1);
  else if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy;
}

describe("dataset validator (property-based)", () => {
  it("never throws on arbitrary JSON, and locates every issue", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = validateReport(input, reference, FILE, 2023);
        expect(result.ok).toBe(false);
        if (!result.ok) expectLocated(result.issues);
      }),
      RUNS,
    );
  });

  it("never throws on a valid report with one value replaced or removed anywhere", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REPORT_PATHS),
        fc.option(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ unit: "binary" })), { nil: undefined }),
        (path, value) => {
          const result = validateReport(setAt(validReport(), path, value), reference, FILE, 2023);
          if (!result.ok) expectLocated(result.issues);
          else expect(validateReport(result.value, reference, FILE, 2023).ok).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("names the activity and the field when a field of one activity has the wrong type", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: ACTIVITIES.length - 1 }),
        fc.constantFrom(...ACTIVITY_FIELDS),
        wrongValue,
        (index, field, value) => {
          const result = validateReport(
            setAt(validReport(), ["activities", index, field], value),
            reference,
            FILE,
          );
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expectLocated(result.issues);
          expect(result.issues).toContainEqual(
            expect.objectContaining({
              recordId: ACTIVITIES[index]!.id,
              path: expect.stringMatching(new RegExp(`^${field}`)),
            }),
          );
        },
      ),
      RUNS,
    );
  });

  it("reference and indicator checks never throw on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const parsed = parseDataFile(ReferenceSchema, input, "data/reference.json");
        if (parsed.ok) checkReference(parsed.value, "data/reference.json");
        else expect(parsed.issues.length).toBeGreaterThan(0);
        expect(parseDataFile(IndicatorsSchema, input, "data/indicators.json").ok).toBe(false);
      }),
      RUNS,
    );
  });
});
