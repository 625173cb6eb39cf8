import echartsLocaleOption from "echarts/lib/i18n/langRU.js";
import names from "../official-names/ru.json";
import ui from "../locales/ru.json";
import type { LanguageBundle } from "../language-bundle";

export const bundle: LanguageBundle = { ui, names, echartsLocale: "RU", echartsLocaleOption };
