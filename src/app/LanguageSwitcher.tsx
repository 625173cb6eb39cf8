import { useTranslation } from "../i18n/use-translation";
import { NATIVE_NAMES, SUPPORTED_LANGUAGES, parseLanguage } from "../i18n/languages";
import { useLanguage } from "../i18n/use-language";
import { useLanguageWriter } from "../url-state/use-language-param";

/** A native select: keyboard and screen readers work as everywhere; each language is named in itself. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const language = useLanguage();
  const writeLanguage = useLanguageWriter();
  return (
    <label className="language-switcher">
      <span className="language-switcher__label">{t("app.languageLabel")}</span>
      <select
        value={language}
        onChange={(event) => {
          const chosen = parseLanguage(event.target.value);
          if (chosen) writeLanguage(chosen);
        }}
      >
        {SUPPORTED_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {NATIVE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
