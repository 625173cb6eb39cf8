import { useSyncExternalStore } from "react";
import { i18n } from "./i18n";
import type { Language } from "./languages";

const readLanguage = (): Language => i18n.language;

/** The language the UI is drawn in now (the URL's, once its bundle has loaded); re-renders when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(i18n.subscribe, readLanguage, readLanguage);
}
