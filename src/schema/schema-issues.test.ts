import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BAD_INPUTS } from "../../tests/fixtures/schema-bad-inputs";
import { SourceSchema } from "./common";
import { IndicatorsSchema } from "./indicators";
import { ManifestSchema } from "./manifest";
import { ReferenceSchema } from "./reference";
import { ReportSchema } from "./report";
import { SdgNamesFileSchema } from "./sdg-names";

const SCHEMAS = {
  report: ReportSchema,
  reference: ReferenceSchema,
  indicators: IndicatorsSchema,
  manifest: ManifestSchema,
  sdgNames: SdgNamesFileSchema,
  source: SourceSchema,
};

// What people read in the import dialog and in data:check: each issue's code, field path and message, as
// the schemas gave them when this file was written (tests/fixtures/schema-issues.json).
const EXPECTED = JSON.parse(
  readFileSync(new URL("../../tests/fixtures/schema-issues.json", import.meta.url), "utf8"),
) as Record<string, string[]>;

function describeIssues(kind: keyof typeof SCHEMAS, input: unknown): string[] {
  const result = SCHEMAS[kind].safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.code} ${issue.path.join(".")}: ${issue.message}`);
}

describe("the data schemas' issues", () => {
  for (const [kind, cases] of Object.entries(BAD_INPUTS) as Array<[keyof typeof SCHEMAS, object]>) {
    for (const [name, input] of Object.entries(cases)) {
      it(`${kind}: ${name}`, () => {
        const issues = describeIssues(kind, input);
        expect(issues.length).toBeGreaterThan(0);
        expect(issues).toEqual(EXPECTED[`${kind}: ${name}`]);
      });
    }
  }

  it("has an expectation for every bad input and no other", () => {
    const names = Object.entries(BAD_INPUTS).flatMap(([kind, cases]) =>
      Object.keys(cases).map((name) => `${kind}: ${name}`),
    );
    expect(Object.keys(EXPECTED).sort()).toEqual(names.sort());
  });
});
