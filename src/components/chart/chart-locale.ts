import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { formatNumber } from "../../i18n/format";
import { i18n } from "../../i18n/i18n";
import { directionOf, type Language } from "../../i18n/languages";
import { useLanguage } from "../../i18n/use-language";

/** What a pure option builder needs to speak the active language and to mirror for right-to-left. */
export interface ChartLocale {
  language: Language;
  rtl: boolean;
  t: TFunction;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
}

export function chartLocaleOf(language: Language, t: TFunction): ChartLocale {
  return {
    language,
    rtl: directionOf(language) === "rtl",
    t,
    number: (value, options) => formatNumber(language, value, options),
  };
}

/** English, left to right: the default of the option builders (and of their unit tests). */
export function englishChartLocale(): ChartLocale {
  return chartLocaleOf("en", i18n.getFixedT("en"));
}

export function useChartLocale(): ChartLocale {
  const language = useLanguage();
  const { t } = useTranslation();
  return useMemo(() => chartLocaleOf(language, t), [language, t]);
}
