import { MAIN_LINE_CODES } from "../../domain/action-line-codes";
import { compareRoles, type RoleComparison, type RoleInYear } from "../../domain/compare";
import type { Reference } from "../../schema/reference";
import { lineLabel } from "./compare-model";
import { SourceLinks } from "./SourceLinks";

function RoleText({ role }: { role: RoleInYear }) {
  if (!role.edition) return <span className="muted">unknown (before the first edition)</span>;
  if (!role.role) return <span className="muted">no role stated</span>;
  return (
    <>
      {role.role}
      {role.note ? <span className="muted"> ({role.note})</span> : null}
    </>
  );
}

function EditionText({ years, role }: { years: string; role: RoleInYear | undefined }) {
  const edition = role?.edition;
  if (!edition) return <li>{years}: no edition of ITU&apos;s roles applies yet, so they are unknown.</li>;
  return (
    <li>
      {years}: as stated in <cite>{edition.citation}</cite> (applies from {edition.fromYear}).{" "}
      {edition.sources.length > 0 ? (
        <SourceLinks sources={edition.sources.map((url) => ({ url }))} />
      ) : (
        <span className="muted">No source link for this edition.</span>
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
  return (
    <div className="table-scroll compare-table-scroll">
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Action line</th>
            <th scope="col">{yearA} (A)</th>
            <th scope="col">{yearB} (B)</th>
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
                {row.changed ? <span className="visually-hidden">changed: </span> : null}
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
  const rows = compareRoles(reference.ituRoles, MAIN_LINE_CODES, yearA, yearB);
  const changed = rows.filter((row) => row.changed);
  return (
    <section className="compare-section" aria-labelledby="role-changes-title">
      <h2 id="role-changes-title">ITU&apos;s role per action line</h2>
      <ul className="compare-section__note edition-list">
        {rows[0]?.a.edition === rows[0]?.b.edition ? (
          <EditionText years={yearA === yearB ? `${yearA}` : `${yearA} and ${yearB}`} role={rows[0]?.b} />
        ) : (
          <>
            <EditionText years={String(yearA)} role={rows[0]?.a} />
            <EditionText years={String(yearB)} role={rows[0]?.b} />
          </>
        )}
      </ul>
      {changed.length > 0 ? (
        <>
          <p>
            The role differs on {changed.length} action line{changed.length === 1 ? "" : "s"}:
          </p>
          <RoleTable
            rows={changed}
            reference={reference}
            yearA={yearA}
            yearB={yearB}
            caption={`Action lines where ITU's role differs between ${yearA} and ${yearB}`}
          />
        </>
      ) : (
        <p>
          ITU&apos;s role is the same on every action line in {yearA} and {yearB}.
        </p>
      )}
      <details className="compare-details">
        <summary>All action lines</summary>
        <RoleTable
          rows={rows}
          reference={reference}
          yearA={yearA}
          yearB={yearB}
          caption={`ITU's role on every action line in ${yearA} and ${yearB}`}
        />
      </details>
    </section>
  );
}
