/** The six official UN languages, in the order UN sites list them. Part of the public URL contract (`lang`). */
export const SUPPORTED_LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;

export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = "en";

/** Each language names itself: a switcher must be readable by someone who cannot read the current one. */
export const NATIVE_NAMES: Record<Language, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

export function isLanguage(value: string): value is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** Lenient, like every URL value: "FR", "fr-CA" and " fr " mean French; anything else means "not given". */
export function parseLanguage(value: string | null | undefined): Language | null {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return isLanguage(base) ? base : null;
}

/** The URL decides; without `lang`, the first of the browser's languages that we have; else English. */
export function resolveLanguage(urlValue: string | null, browserLanguages: readonly string[]): Language {
  const fromUrl = parseLanguage(urlValue);
  if (fromUrl) return fromUrl;
  for (const candidate of browserLanguages) {
    const language = parseLanguage(candidate);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

export function directionOf(language: Language): "rtl" | "ltr" {
  return language === "ar" ? "rtl" : "ltr";
}

/**
 * The Intl locale for numbers and dates. Arabic keeps Latin digits so that text, tables and the chart
 * axes (which ECharts draws with Latin digits) show the same numerals.
 */
export function intlLocaleOf(language: Language): string {
  return language === "ar" ? "ar-u-nu-latn" : language;
}

/** The name under which ECharts knows a language's locale pack (echarts/lib/i18n/langXX.js). */
export function echartsLocaleOf(language: Language): string {
  return language.toUpperCase();
}
