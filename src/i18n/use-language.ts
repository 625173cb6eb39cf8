import type { Language } from "./languages";
import { useActiveLanguage } from "./use-translation";

/** The language the UI is drawn in now (the URL's, once its bundle has loaded). */
export function useLanguage(): Language {
  return useActiveLanguage();
}
