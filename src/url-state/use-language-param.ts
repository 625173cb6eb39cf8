import { useCallback } from "react";
import { parseLanguage, resolveLanguage, type Language } from "../i18n/languages";
import { navigate, useHashLocation } from "./use-hash-location";

export const LANGUAGE_PARAM = "lang";

function browserLanguages(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** What the URL says about the language: its `lang` (null when absent or unknown), and the browser's choice. */
export function useLanguageParam(): { fromUrl: Language | null; fromBrowser: Language } {
  const { params } = useHashLocation();
  return {
    fromUrl: parseLanguage(params.get(LANGUAGE_PARAM)),
    fromBrowser: resolveLanguage(null, browserLanguages()),
  };
}

/** Switching language writes `lang` into the URL, keeping the route and every other parameter. */
export function useLanguageWriter(): (language: Language, options?: { replace?: boolean }) => void {
  const location = useHashLocation();
  return useCallback(
    (language, options) => {
      const others = [...location.params].filter(([key]) => key !== LANGUAGE_PARAM);
      navigate(location.path, [...others, [LANGUAGE_PARAM, language]], options);
    },
    [location],
  );
}
