import { useTranslation } from "react-i18next";
import { isEnglishFallback } from "../../i18n/official-names";
import { useLanguage } from "../../i18n/use-language";

/** The language-dependent part of a chart context: the translator and whether line names are English. */
export function useChartContextText() {
  const { t } = useTranslation();
  const language = useLanguage();
  return { t, linesInEnglish: isEnglishFallback(language, "actionLines", "C1") };
}
