import { useTranslation } from "react-i18next";
import { DEFAULT_LANGUAGE, parseLanguage, type Language } from "./languages";

/** The language the UI is drawn in now (the URL's, once its bundle has loaded). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return parseLanguage(i18n.language) ?? DEFAULT_LANGUAGE;
}
