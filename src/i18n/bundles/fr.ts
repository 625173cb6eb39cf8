import echartsLocaleOption from "echarts/lib/i18n/langFR.js";
import names from "../official-names/fr.json";
import ui from "../locales/fr.json";
import type { LanguageBundle } from "../language-bundle";

export const bundle: LanguageBundle = { ui, names, echartsLocale: "FR", echartsLocaleOption };
