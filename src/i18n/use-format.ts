import { useMemo } from "react";
import { formatDate, formatNumber } from "./format";
import { useLanguage } from "./use-language";

/** Formatters bound to the active language, for components. */
export function useFormat() {
  const language = useLanguage();
  return useMemo(
    () => ({
      language,
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(language, value, options),
      date: (date: Date, options: Intl.DateTimeFormatOptions) => formatDate(language, date, options),
    }),
    [language],
  );
}
