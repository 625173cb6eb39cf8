import { describe, expect, it } from "vitest";
import { directionOf, intlLocaleOf, parseLanguage, resolveLanguage } from "./languages";
import { localizeReference } from "./localize-reference";
import { makeReference } from "../../tests/fixtures/dataset";

describe("the lang parameter", () => {
  it.each([
    ["fr", "fr"],
    [" FR ", "fr"],
    ["fr-CA", "fr"],
    ["zh_Hans", "zh"],
    ["xx", null],
    ["", null],
    [null, null],
  ])("reads %j as %j", (raw, expected) => {
    expect(parseLanguage(raw)).toBe(expected);
  });

  it("prefers the URL, then the first of the browser's languages we have, then English", () => {
    expect(resolveLanguage("ru", ["fr-FR"])).toBe("ru");
    expect(resolveLanguage("xx", ["de-DE", "es-MX", "fr"])).toBe("es");
    expect(resolveLanguage(null, ["de", "ja"])).toBe("en");
  });

  it("reads Arabic right to left, with Latin digits like the chart axes", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("fr")).toBe("ltr");
    expect(new Intl.NumberFormat(intlLocaleOf("ar")).format(1234)).toMatch(/^1.?234$/);
  });
});

describe("localizeReference", () => {
  it("names goals, sectors and lines in the language, and leaves names without a translation in English", () => {
    const localized = localizeReference(makeReference(), {
      sdgs: { "5": { short: "Égalité entre les sexes", title: "Parvenir à l'égalité des sexes" } },
      sectors: { "ITU-D": "Secteur du développement des télécommunications" },
      actionLines: { C2: "Infrastructure de l'information et de la communication" },
    });
    expect(localized.sdgs.find((sdg) => sdg.number === 5)?.shortName).toBe("Égalité entre les sexes");
    expect(localized.sdgs.find((sdg) => sdg.number === 6)?.shortName).toBe(
      makeReference().sdgs[5]?.shortName,
    );
    expect(localized.sectors.find((sector) => sector.code === "ITU-D")?.name).toMatch(/^Secteur/);
    expect(localized.actionLines.find((line) => line.code === "C2")?.title).toMatch(/^Infrastructure/);
    expect(localized.actionLines.find((line) => line.code === "C1")?.title).toBe("Action line C1");
  });
});
