import { afterEach, describe, expect, it } from "vitest";
import ar from "./locales/ar.json";
import ru from "./locales/ru.json";
import { i18n } from "./i18n";

// The reader behind every `t`: the catalogs' own texts, so a change in a catalog or in the reader shows.
describe("the translation reader", () => {
  afterEach(() => i18n.changeLanguage("en"));

  it("picks each language's plural form with Intl.PluralRules, Arabic's zero included", () => {
    i18n.addCatalog("ar", ar);
    i18n.addCatalog("ru", ru);
    const arT = i18n.getFixedT("ar");
    const forms = ar.share as Record<string, string>;
    expect(arT("share.addedToDeck", { count: 0 })).toBe(
      forms["addedToDeck_zero"]?.replace("{{count, number}}", "0"),
    );
    expect(arT("share.addedToDeck", { count: 3 })).toBe(
      forms["addedToDeck_few"]?.replace("{{count, number}}", "3"),
    );
    expect(arT("share.addedToDeck", { count: 11 })).toBe(
      forms["addedToDeck_many"]?.replace("{{count, number}}", "11"),
    );
    const ruForms = ru.share as Record<string, string>;
    expect(i18n.getFixedT("ru")("share.addedToDeck", { count: 22 })).toBe(
      ruForms["addedToDeck_few"]?.replace("{{count, number}}", "22"),
    );
  });

  it("formats {{x, number}} in the language, and inserts values as they are, once", () => {
    expect(i18n.getFixedT("en")("share.addedToDeck", { count: 12345 })).toBe(
      "Added to the deck (12,345 slides) – <open>open presentation</open>",
    );
    expect(i18n.getFixedT("en")("notFound.body", { path: "{{path}} <x>" })).toBe(
      "There is no view at <code>{{path}} <x></code>. <home>Go to the overview</home>.",
    );
  });

  it("falls back to English for a key a language lacks, and to the key itself", () => {
    i18n.addCatalog("fr", { notFound: { title: "Page introuvable" } });
    const fr = i18n.getFixedT("fr");
    expect(fr("notFound.title")).toBe("Page introuvable");
    expect(fr("app.documentTitle")).toBe(i18n.getFixedT("en")("app.documentTitle"));
    // @ts-expect-error: not a key of the catalogs.
    expect(fr("no.such.key")).toBe("no.such.key");
  });

  it("follows the active language and tells its subscribers", async () => {
    i18n.addCatalog("fr", { notFound: { title: "Page introuvable" } });
    const seen: string[] = [];
    const unsubscribe = i18n.subscribe(() => seen.push(i18n.language));
    await i18n.changeLanguage("fr");
    expect(i18n.t("notFound.title")).toBe("Page introuvable");
    unsubscribe();
    await i18n.changeLanguage("en");
    expect(seen).toEqual(["fr"]);
    expect(i18n.t("notFound.title")).toBe("Page not found");
  });
});
