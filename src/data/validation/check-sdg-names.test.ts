import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ReferenceSchema } from "../../schema/reference";
import { checkSdgNames } from "./check-sdg-names";

const read = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
const reference = ReferenceSchema.parse(read("data/reference.json"));
const names = read("data/sdg-names-i18n.json") as {
  goals: Record<string, Record<string, { short: string }>>;
};

describe("data/sdg-names-i18n.json", () => {
  it("is valid and names the same goals as reference.json in English", () => {
    expect(checkSdgNames(names, reference)).toEqual([]);
  });

  it("reports a goal without one of the six languages", () => {
    const broken = structuredClone(names);
    delete broken.goals["3"]!.ru;
    expect(checkSdgNames(broken, reference).map((issue) => issue.path)).toEqual(["goals.3.ru"]);
  });

  it("reports English names that differ from reference.json's", () => {
    const broken = structuredClone(names);
    broken.goals["5"]!.en!.short = "Gender";
    expect(checkSdgNames(broken, reference).map((issue) => issue.path)).toEqual(["goals.5.en"]);
  });

  it("has the UN's French short names for goals 7 and 8", () => {
    expect(names.goals["7"]!.fr!.short).toBe("Énergie propre et d'un coût abordable");
    expect(names.goals["8"]!.fr!.short).toBe("Travail décent et croissance économique");
  });

  it("reports a name whose accents are combining marks, not NFC", () => {
    const broken = structuredClone(names);
    broken.goals["4"]!.fr!.short = "E\u0301ducation de qualite\u0301";
    expect(checkSdgNames(broken, reference)).toEqual([
      expect.objectContaining({ path: "goals.4.fr", message: expect.stringContaining("NFC") }),
    ]);
  });
});
