import type { TFunction } from "i18next";
import { i18n } from "./i18n";
import { useLanguage } from "./use-language";

/**
 * The active language's translator (react-i18next's hook, in the shape our components use): `t` is a new
 * function when the language changes, so memoised texts that depend on it follow.
 */
export function useTranslation(): { t: TFunction } {
  return { t: i18n.getFixedT(useLanguage()) };
}
