import type { LocaleOption } from "./echarts-locale-option";
import type { Catalog } from "./i18n";

/** What one language adds when it is chosen: its UI catalog, official names and ECharts' own locale pack. */
export interface LanguageBundle {
  ui: Catalog;
  names: { sectors: Record<string, string>; actionLines: Record<string, string> };
  /** The name ECharts knows the locale by (registerLocale / init's `locale`). */
  echartsLocale: string;
  /** Absent where echarts/core has the pack built in (ZH): importing it again split it into a chunk. */
  echartsLocaleOption?: LocaleOption;
}
