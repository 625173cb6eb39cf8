import type { SdgNamesFile } from "../schema/sdg-names";
import { storeEchartsLocale } from "./echarts-locale-option";
import { i18n } from "./i18n";
import type { LanguageBundle } from "./language-bundle";
import type { Language } from "./languages";
import { registerOfficialNames } from "./official-names";

type OtherLanguage = Exclude<Language, "en">;

// One chunk per language: the first screen carries English only.
const BUNDLES: Record<OtherLanguage, () => Promise<{ bundle: LanguageBundle }>> = {
  ar: () => import("./bundles/ar"),
  zh: () => import("./bundles/zh"),
  fr: () => import("./bundles/fr"),
  ru: () => import("./bundles/ru"),
  es: () => import("./bundles/es"),
};

let sdgNames: Promise<SdgNamesFile> | undefined;

/**
 * data/sdg-names-i18n.json, one shared chunk for the five languages, validated like every data file. The
 * schema (and zod) load with it, so that the English first screen carries neither.
 */
function loadSdgNames(): Promise<SdgNamesFile> {
  sdgNames ??= Promise.all([import("../../data/sdg-names-i18n.json"), import("../schema/sdg-names")]).then(
    ([file, { SdgNamesFileSchema }]) => SdgNamesFileSchema.parse(file.default),
  );
  return sdgNames;
}

const loaded = new Set<Language>(["en"]);

export function isLanguageLoaded(language: Language): boolean {
  return loaded.has(language);
}

export async function loadLanguage(language: Language): Promise<void> {
  if (language === "en" || loaded.has(language)) return;
  const [{ bundle }, names] = await Promise.all([BUNDLES[language](), loadSdgNames()]);
  i18n.addCatalog(language, bundle.ui);
  if (bundle.echartsLocaleOption) storeEchartsLocale(bundle.echartsLocale, bundle.echartsLocaleOption);
  const sdgs = Object.fromEntries(
    Object.entries(names.goals).map(([goal, byLanguage]) => [goal, byLanguage[language]]),
  );
  registerOfficialNames(language, { sdgs, ...bundle.names });
  loaded.add(language);
}
