import type { TFunction } from "i18next";
import { useSyncExternalStore } from "react";
import { i18n } from "./i18n";
import type { Language } from "./languages";

const readLanguage = (): Language => i18n.language;

/** The active language; components re-render when it changes. */
export function useActiveLanguage(): Language {
  return useSyncExternalStore(i18n.subscribe, readLanguage, readLanguage);
}

/**
 * The active language's translator (react-i18next's hook, in the shape our components use): `t` is a new
 * function when the language changes, so memoised texts that depend on it follow.
 */
export function useTranslation(): { t: TFunction } {
  return { t: i18n.getFixedT(useActiveLanguage()) };
}
