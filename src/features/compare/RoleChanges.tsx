import { useTranslation } from "../../i18n/use-translation";
import { Trans } from "../../i18n/Trans";
import { MAIN_LINE_CODES } from "../../domain/action-line-codes";
import { compareRoles, type RoleComparison, type RoleInYear } from "../../domain/compare";
import type { Reference } from "../../schema/reference";
import { lineLabel } from "./compare-model";
import { SourceLinks } from "./SourceLinks";

function RoleText({ role }: { role: RoleInYear }) {
  const { t } = useTranslation();
  if (!role.edition) return <span className="muted">{t("compare.roles.unknown")}</span>;
  if (!role.role) return <span className="muted">{t("compare.roles.noRole")}</span>;
  return (
    <>
      {t(`compare.roles.role.${role.role}`)}
      {role.note ? (
        <span className="muted" lang="en">
          {" "}
          ({role.note})
        </span>
      ) : null}
    </>
  );
}

function EditionText({ years, role }: { years: string; role: RoleInYear | undefined }) {
  const { t } = useTranslation();
  const edition = role?.edition;
  if (!edition) return <li>{t("compare.roles.noEdition", { years })}</li>;
  return (
    <li>
      <Trans
        i18nKey="compare.roles.asStated"
        values={{ years, citation: edition.citation, from: edition.fromYear }}
        components={{ cite: <cite lang="en" /> }}
      />{" "}
      {edition.sources.length > 0 ? (
        <SourceLinks sources={edition.sources.map((url) => ({ url }))} />
      ) : (
        <span className="muted">{t("compare.roles.noSource")}</span>
      )}
    </li>
  );
}

function RoleTable({
  rows,
  reference,
  yearA,
  yearB,
  caption,
}: {
  rows: readonly RoleComparison[];
  reference: Reference;
  yearA: number;
  yearB: number;
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll compare-table-scroll">
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("filters.actionLine")}</th>
            <th scope="col">{t("compare.table.yearA", { year: yearA })}</th>
            <th scope="col">{t("compare.table.yearB", { year: yearB })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={row.changed ? "is-changed" : undefined}>
              <th scope="row">{lineLabel(reference, row.line)}</th>
              <td>
                <RoleText role={row.a} />
              </td>
              <td>
                {row.changed ? <span className="visually-hidden">{t("compare.roles.changed")}</span> : null}
                <RoleText role={row.b} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** ITU's role per action line in A and in B, from the report editions in reference.json. */
export function RoleChanges({
  reference,
  yearA,
  yearB,
}: {
  reference: Reference;
  yearA: number;
  yearB: number;
}) {
  const { t } = useTranslation();
  const rows = compareRoles(reference.ituRoles, MAIN_LINE_CODES, yearA, yearB);
  const changed = rows.filter((row) => row.changed);
  return (
    <section className="compare-section" aria-labelledby="role-changes-title">
      <h2 id="role-changes-title">{t("compare.roles.title")}</h2>
      <ul className="compare-section__note edition-list">
        {rows[0]?.a.edition === rows[0]?.b.edition ? (
          <EditionText
            years={yearA === yearB ? `${yearA}` : t("compare.roles.yearsBoth", { a: yearA, b: yearB })}
            role={rows[0]?.b}
          />
        ) : (
          <>
            <EditionText years={String(yearA)} role={rows[0]?.a} />
            <EditionText years={String(yearB)} role={rows[0]?.b} />
          </>
        )}
      </ul>
      {changed.length > 0 ? (
        <>
          <p>{t("compare.roles.changedCount", { count: changed.length })}</p>
          <RoleTable
            rows={changed}
            reference={reference}
            yearA={yearA}
            yearB={yearB}
            caption={t("compare.roles.changedCaption", { a: yearA, b: yearB })}
          />
        </>
      ) : (
        <p>{t("compare.roles.same", { a: yearA, b: yearB })}</p>
      )}
      <details className="compare-details">
        <summary>{t("compare.roles.all")}</summary>
        <RoleTable
          rows={rows}
          reference={reference}
          yearA={yearA}
          yearB={yearB}
          caption={t("compare.roles.allCaption", { a: yearA, b: yearB })}
        />
      </details>
    </section>
  );
}
