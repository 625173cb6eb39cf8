import type { TFunction } from "i18next";
import { formatNumber } from "./format";
import { DEFAULT_LANGUAGE, directionOf, parseLanguage, type Language } from "./languages";
import en from "./locales/en.json";

/** A UI catalog (src/i18n/locales/<code>.json): nested keys, strings at the leaves. */
export interface Catalog {
  [key: string]: string | Catalog;
}

const catalogs = new Map<Language, Catalog>([["en", en]]);
const pluralRules = new Map<Language, Intl.PluralRules>();
type Translate = (key: string, values?: Record<string, unknown>) => string;
const translators = new Map<Language, Translate>();
const listeners = new Set<() => void>();
let language: Language = DEFAULT_LANGUAGE;

function lookup(catalog: Catalog | undefined, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  // An empty string counts as missing, so the English text shows instead of nothing.
  return typeof node === "string" && node !== "" ? node : undefined;
}

function pluralForm(lng: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lng);
  if (!rules) pluralRules.set(lng, (rules = new Intl.PluralRules(lng)));
  return rules.select(count);
}

/** i18next's plural keys: `key_zero` for 0 if present, then `key_<Intl.PluralRules form>`, then `key`. */
function resolve(lng: Language, key: string, count: unknown): string | undefined {
  const catalog = catalogs.get(lng);
  if (typeof count === "number") {
    const plural =
      (count === 0 ? lookup(catalog, `${key}_zero`) : undefined) ??
      lookup(catalog, `${key}_${pluralForm(lng, count)}`);
    if (plural !== undefined) return plural;
  }
  return lookup(catalog, key);
}

// `{{name}}` and `{{name, number}}`, the only interpolations the catalogs use (catalogs.test.ts).
const VARIABLE = /\{\{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?\}\}/g;

function interpolate(lng: Language, text: string, values: Record<string, unknown>): string {
  return text.replace(VARIABLE, (whole, name: string, format: string | undefined) => {
    if (!(name in values)) return whole;
    const value = values[name];
    if (value === undefined || value === null) return "";
    // `{{count, number}}` goes through our formatter, so that Arabic keeps Latin digits too.
    if (format === "number") return formatNumber(lng, Number(value));
    return isolate(lng, String(value));
  });
}

const LATIN = /[A-Za-z]/;

/**
 * A value with Latin letters inside a right-to-left sentence (a code, a file name, an English title) is
 * set apart with first-strong isolates (FSI … PDI), so that it keeps its own order and does not pull the
 * sentence's punctuation and numbers into it.
 */
function isolate(lng: Language, value: string): string {
  return directionOf(lng) === "rtl" && LATIN.test(value) ? `\u2068${value}\u2069` : value;
}

/**
 * The translator of one language: the language's text, else English (partial bundles fall back), else
 * the key itself. Values are inserted as they are (React escapes text; chart tooltips use escapeHtml).
 */
function translator(lng: Language): Translate {
  let t = translators.get(lng);
  if (!t) {
    t = (key, values = {}) => {
      const text = resolve(lng, key, values.count) ?? resolve(DEFAULT_LANGUAGE, key, values.count) ?? key;
      return interpolate(lng, text, values);
    };
    translators.set(lng, t);
  }
  return t;
}

// i18next's TFunction type is what checks keys and variables against the English catalog (i18next.d.ts);
// the function behind it is the small reader above.
const typed = (t: Translate) => t as unknown as TFunction;

/**
 * The UI's translations: English is bundled (the first screen for most visitors and the fallback); the
 * other five languages arrive as their own chunks (see load-language.ts) before they are switched to, so
 * a view is never drawn half in one language and half in another. A small reader over our JSON catalogs
 * with i18next's key, plural and interpolation conventions (and its types): it keeps i18next and
 * react-i18next off every page (docs/decisions/009).
 */
export const i18n = {
  get language(): Language {
    return language;
  },
  t: typed((key, values) => translator(language)(key, values)),
  getFixedT(lng: string): TFunction {
    return typed(translator(parseLanguage(lng) ?? DEFAULT_LANGUAGE));
  },
  async changeLanguage(lng: Language): Promise<void> {
    if (lng === language) return;
    language = lng;
    for (const listener of listeners) listener();
  },
  addCatalog(lng: Language, catalog: Catalog): void {
    catalogs.set(lng, catalog);
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
