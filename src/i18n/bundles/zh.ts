import names from "../official-names/zh.json";
import ui from "../locales/zh.json";
import type { LanguageBundle } from "../language-bundle";

export const bundle: LanguageBundle = { ui, names, echartsLocale: "ZH" };
