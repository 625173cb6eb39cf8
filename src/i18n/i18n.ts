import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { formatNumber } from "./format";
import { DEFAULT_LANGUAGE, parseLanguage, SUPPORTED_LANGUAGES } from "./languages";
import en from "./locales/en.json";

/**
 * One i18next instance. English is bundled (it is the first screen for most visitors and the fallback);
 * the other five languages arrive as their own chunks (see load-language.ts) before they are switched to,
 * so a view is never drawn half in one language and half in another.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  // Other languages are added later with addResourceBundle.
  partialBundledLanguages: true,
  // Resources are in memory: initialise synchronously so that the first render is already translated.
  initAsync: false,
  // React escapes text itself; chart tooltips escape with escapeHtml.
  interpolation: { escapeValue: false },
  returnEmptyString: false,
  // Said explicitly, so that i18next skips guessing whether a key is natural language (a regexp per
  // translation, which showed in filter-change profiles). Keys never name a namespace.
  keySeparator: ".",
  nsSeparator: false,
});

// `{{count, number}}` in the catalogs goes through our formatter, so that Arabic keeps Latin digits too.
i18n.services.formatter?.add(
  "number",
  (value: unknown, lng: string | undefined, options: Intl.NumberFormatOptions) =>
    formatNumber(parseLanguage(lng) ?? DEFAULT_LANGUAGE, Number(value), options),
);
