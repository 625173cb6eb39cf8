import echartsLocaleOption from "echarts/lib/i18n/langAR.js";
import names from "../official-names/ar.json";
import ui from "../locales/ar.json";
import type { LanguageBundle } from "../language-bundle";

export const bundle: LanguageBundle = { ui, names, echartsLocale: "AR", echartsLocaleOption };
