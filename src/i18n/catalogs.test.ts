import { describe, expect, it } from "vitest";
import { compareCatalogs, placeholdersOf, type Catalog } from "./catalog-check";
import { SUPPORTED_LANGUAGES } from "./languages";
import ar from "./locales/ar.json";
import en from "./locales/en.json";
import es from "./locales/es.json";
import fr from "./locales/fr.json";
import ru from "./locales/ru.json";
import zh from "./locales/zh.json";

const CATALOGS: Record<(typeof SUPPORTED_LANGUAGES)[number], Catalog> = { ar, zh, en, fr, ru, es };

describe("UI catalogs", () => {
  for (const language of SUPPORTED_LANGUAGES.filter((code) => code !== "en")) {
    it(`${language} has every English key (in each of its plural forms), no extra or empty key, the same variables`, () => {
      expect(compareCatalogs(en, CATALOGS[language], language)).toEqual([]);
    });
  }

  it("reports a missing, an extra, an empty key and a lost variable or tag", () => {
    const english: Catalog = {
      a: { title: "Activities by {{name}}", link: "See <open>more</open>", plain: "Plain" },
      count_one: "{{count}} activity",
      count_other: "{{count}} activities",
    };
    const broken: Catalog = {
      a: { title: "Activités par {{nom}}", link: "Voir plus", plain: " " },
      count_one: "{{count}} activité",
      extra: "x",
    };
    expect(compareCatalogs(english, broken, "fr")).toEqual([
      "fr: a.title has {{nom}}, English has {{name}}",
      "fr: a.link has no placeholders, English has </open> <open>",
      "fr: empty a.plain",
      "fr: missing count_many",
      "fr: missing count_other",
      "fr: extra extra",
    ]);
  });

  it("asks each language for the plural forms it has: six in Arabic, four in Russian, one in Chinese", () => {
    const english: Catalog = { n_one: "{{count}} slide", n_other: "{{count}} slides" };
    const missing = (language: string) =>
      compareCatalogs(english, {}, language).filter((problem) => problem.includes("missing"));
    expect(missing("ar")).toHaveLength(6);
    expect(missing("ru")).toHaveLength(4);
    expect(missing("zh")).toEqual(["zh: missing n_other"]);
  });

  it("reads {{x, number}} as the variable x", () => {
    expect(placeholdersOf("{{total, number}} of <b>{{count}}</b>")).toEqual([
      "</b>",
      "<b>",
      "{{count}}",
      "{{total}}",
    ]);
  });
});
