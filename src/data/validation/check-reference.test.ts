import { describe, expect, it } from "vitest";
import { makeReference } from "../../../tests/fixtures/dataset";
import { ReferenceSchema } from "../../schema/reference";
import { checkReference } from "./check-reference";

describe("checkReference", () => {
  it("finds nothing wrong with a consistent reference", () => {
    expect(ReferenceSchema.safeParse(makeReference()).success).toBe(true);
    expect(checkReference(makeReference(), "data/reference.json")).toEqual([]);
  });

  it("reports duplicate codes and matrix entries for unknown lines", () => {
    const reference = makeReference();
    reference.sectors.push({ ...reference.sectors[0]! });
    reference.matrix.entries.push({ actionLine: "C12", recommendedSdgs: [], derived: false, links: [] });
    const messages = checkReference(reference, "data/reference.json").map(
      (issue) => `${issue.path}: ${issue.message}`,
    );
    expect(messages).toEqual([
      'sectors: duplicate code "ITU-R"',
      'matrix.entries[2].actionLine: unknown action line "C12"',
    ]);
  });

  it("reports a recommended SDG without a matrix link", () => {
    const reference = makeReference();
    reference.matrix.entries[0]!.recommendedSdgs.push(17);
    expect(checkReference(reference, "f.json")).toEqual([
      {
        file: "f.json",
        path: "matrix.entries[0].recommendedSdgs",
        message: "SDG 17 is recommended for C2 but has no link",
      },
    ]);
  });
});
