import { useEffect, useState, type ReactNode } from "react";
import { LoadingState } from "../components/LoadingState";
import { i18n } from "../i18n/i18n";
import { directionOf, type Language } from "../i18n/languages";
import { isLanguageLoaded, loadLanguage } from "../i18n/load-language";
import { useLanguageParam, useLanguageWriter } from "../url-state/use-language-param";

/**
 * Switches the UI to the URL's language once its chunk has arrived. Until then the previous language
 * stays on screen whole (or, on a first visit, a neutral spinner): no view ever mixes two languages.
 */
export function LanguageGate({ children }: { children: ReactNode }) {
  const { fromUrl, fromBrowser } = useLanguageParam();
  // Links inside the app (the navigation, "see this activity") do not repeat `lang`: the language a URL
  // asked for stays for the session, and is written back so that the URL still tells the truth.
  const [asked, setAsked] = useState<Language | null>(fromUrl);
  if (fromUrl && fromUrl !== asked) setAsked(fromUrl);
  const language = fromUrl ?? asked ?? fromBrowser;
  const missingFromUrl = fromUrl === null && asked !== null;
  const writeLanguage = useLanguageWriter();
  const [shown, setShown] = useState<Language | null>(() => (isLanguageLoaded(language) ? language : null));
  const [failed, setFailed] = useState<Language | null>(null);

  useEffect(() => {
    if (missingFromUrl) writeLanguage(language, { replace: true });
  }, [missingFromUrl, language, writeLanguage]);

  useEffect(() => {
    let current = true;
    loadLanguage(language).then(
      () => {
        if (!current) return;
        void i18n.changeLanguage(language);
        setShown(language);
      },
      () => current && setFailed(language),
    );
    return () => {
      current = false;
    };
  }, [language]);

  const active = shown ?? (failed ? "en" : null);
  useEffect(() => {
    if (!active) return;
    document.documentElement.lang = active;
    document.documentElement.dir = directionOf(active);
    document.title = i18n.getFixedT(active)("app.documentTitle");
  }, [active]);

  // A language whose chunk cannot load (offline, say) leaves the UI in English rather than blank.
  useEffect(() => {
    if (failed && !shown) void i18n.changeLanguage("en");
  }, [failed, shown]);

  if (!active) return <LoadingState label="…" />;
  return children;
}
