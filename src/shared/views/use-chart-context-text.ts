import { useMemo } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { MAIN_LINE_CODES } from "../../domain/action-line-codes";
import { isEnglishFallback } from "../../i18n/official-names";
import { useLanguage } from "../../i18n/use-language";

/** The language-dependent part of a chart context: the translator and the line names shown in English. */
export function useChartContextText() {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo(
    () => ({
      t,
      language,
      linesInEnglish: MAIN_LINE_CODES.filter((code) => isEnglishFallback(language, "actionLines", code)),
    }),
    [t, language],
  );
}
