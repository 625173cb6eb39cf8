import { useTranslation } from "../i18n/use-translation";
import { Trans } from "../i18n/Trans";
import { HashLink } from "../components/HashLink";

export function NotFoundPage({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <section className="page state-card" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t("notFound.title")}</h1>
      <p>
        <Trans
          i18nKey="notFound.body"
          values={{ path: `#${path}` }}
          components={{ code: <code />, home: <HashLink href="#/" /> }}
        />
      </p>
    </section>
  );
}
