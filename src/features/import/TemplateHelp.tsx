import { useTranslation } from "../../i18n/use-translation";
import { Trans } from "../../i18n/Trans";
import { CSV_COLUMNS, buildCsvTemplate } from "../../data/import/csv-template";

// A data: URL: the template is small, and needs no object URL to revoke.
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${buildCsvTemplate()}`)}`;

/** The template to start from, and what each column takes. */
export function TemplateHelp() {
  const { t } = useTranslation();
  return (
    <details className="import-help">
      <summary>{t("importData.help.summary")}</summary>
      <p>
        <a href={TEMPLATE_HREF} download="wsis-activities-template.csv">
          {t("importData.help.download")}
        </a>{" "}
        <Trans i18nKey="importData.help.body" components={{ code: <code /> }} />
      </p>
      <table className="data-table import-help__columns">
        <caption>{t("importData.help.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("importData.help.column")}</th>
            <th scope="col">{t("importData.help.what")}</th>
          </tr>
        </thead>
        <tbody>
          {CSV_COLUMNS.map((column) => (
            <tr key={column.name}>
              <td>
                <code>{column.name}</code>
                {column.required ? t("importData.help.required") : ""}
              </td>
              {/* The column help is technical English, kept beside the template it documents. */}
              <td lang="en">{column.help}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
