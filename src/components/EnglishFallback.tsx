import { useTranslation } from "../i18n/use-translation";

/**
 * A name with no official translation in the active language: shown in English, marked as English for
 * screen readers, with a visible "EN" tag whose tooltip (and hidden text) says why.
 */
export function EnglishFallback({ children }: { children: string }) {
  const { t } = useTranslation();
  return (
    <>
      <span lang="en">{children}</span>{" "}
      <span className="fallback-tag" title={t("fallback.explanation")}>
        <span aria-hidden="true">{t("fallback.tag")}</span>
        <span className="visually-hidden">({t("fallback.explanation")})</span>
      </span>
    </>
  );
}
