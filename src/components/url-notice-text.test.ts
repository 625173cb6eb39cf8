import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { compareCatalogs, flattenCatalog, type Catalog } from "../i18n/catalog-check";
import { i18n } from "../i18n/i18n";
import type { SUPPORTED_LANGUAGES } from "../i18n/languages";
import { loadLanguage } from "../i18n/load-language";
import en from "../i18n/locales/en.json";
import ar from "../i18n/locales/ar.json";
import es from "../i18n/locales/es.json";
import fr from "../i18n/locales/fr.json";
import ru from "../i18n/locales/ru.json";
import zh from "../i18n/locales/zh.json";
import { parseDeck } from "../url-state/deck-params";
import { parseFilterParams } from "../url-state/filter-params";
import { urlIssue, type UrlIssueCode } from "../url-state/url-issue";
import { quotedPart, URL_ISSUE_CODES, urlIssueReason } from "./url-notice-text";

const CATALOGS: Record<Exclude<(typeof SUPPORTED_LANGUAGES)[number], "en">, Catalog> = { ar, es, fr, ru, zh };

const sample = (code: UrlIssueCode) =>
  urlIssue(code, "p", code === "deckTooManySlides" ? "61" : "v", { fallback: "2023", expected: "a, b" });

/** The catalog keys the words of a code ask for. */
function keysOf(code: UrlIssueCode): string[] {
  const keys: string[] = [];
  const recorder = ((key: string) => (keys.push(key), key)) as unknown as TFunction;
  urlIssueReason(sample(code), recorder);
  return keys;
}

const englishKeys = [...flattenCatalog(en as Catalog).keys()];
/** The key itself, or its plural forms. */
const formsOf = (key: string) =>
  englishKeys.filter((known) => known.replace(/_[a-z]+$/, "") === key || known === key);

/** A copy of a catalog without one key (and its plural forms). */
function without(catalog: Catalog, key: string): Catalog {
  const [head = "", ...rest] = key.split(".");
  if (rest.length === 0)
    return Object.fromEntries(
      Object.entries(catalog).filter(([name]) => name !== head && !name.startsWith(`${head}_`)),
    );
  return { ...catalog, [head]: without(catalog[head] as Catalog, rest.join(".")) };
}

describe("URL notices in the UI's language", () => {
  it.each(URL_ISSUE_CODES)("%s has English words in the catalog", async (code) => {
    const keys = keysOf(code);
    expect(keys).toHaveLength(1);
    expect(formsOf(keys[0]!), keys[0]).not.toEqual([]);
    await loadLanguage("en");
    const text = urlIssueReason(sample(code), i18n.getFixedT("en"));
    expect(text).not.toBe(keys[0]);
    expect(text).not.toMatch(/\{\{/);
  });

  it.each(URL_ISSUE_CODES)("the catalog check names each language that lacks the words of %s", (code) => {
    const key = keysOf(code)[0]!;
    for (const language of Object.keys(CATALOGS) as Array<keyof typeof CATALOGS>) {
      const complete = compareCatalogs(en as Catalog, CATALOGS[language], language);
      const broken = compareCatalogs(en as Catalog, without(CATALOGS[language], key), language);
      expect(complete.filter((problem) => problem.includes(key))).toEqual([]);
      expect(broken.some((problem) => problem.startsWith(`${language}: missing ${key}`))).toBe(true);
    }
  });

  it("words every code the filter parser gives, in French", async () => {
    await loadLanguage("fr");
    const t = i18n.getFixedT("fr");
    const { dropped } = parseFilterParams(new URLSearchParams("year=20x2&sdg=19&sector=1&line=C99"));
    expect(dropped.map((item) => item.code)).toEqual(["yearFormat", "sector", "line", "sdg"]);
    const sdg = dropped.find((item) => item.param === "sdg")!;
    expect(urlIssueReason(sdg, t)).toBe("les ODD sont numérotés de 1 à 17");
    expect(quotedPart(sdg)).toBe("sdg=19");
  });

  it("words the deck parser's notices in Russian, quoting the slide's part as written", async () => {
    await loadLanguage("ru");
    const t = i18n.getFixedT("ru");
    const { notices } = parseDeck("pie~sdgs!sdg.19!nonsense");
    expect(notices.map((notice) => quotedPart(notice))).toEqual(["pie", "nonsense", "sdg=19"]);
    for (const notice of notices) expect(urlIssueReason(notice, t)).toMatch(/[а-я]/);
  });
});
