import echartsLocaleOption from "echarts/lib/i18n/langES.js";
import names from "../official-names/es.json";
import ui from "../locales/es.json";
import type { LanguageBundle } from "../language-bundle";

export const bundle: LanguageBundle = { ui, names, echartsLocale: "ES", echartsLocaleOption };
