import { useTranslation } from "../i18n/use-translation";
import { useFormat } from "../i18n/use-format";

export interface CountTableRow {
  key: string;
  label: string;
  /** One cell per value column; null shows as "no report". */
  values: ReadonlyArray<number | null>;
  selected?: boolean;
  onToggle?: () => void;
}

interface CountTableProps {
  caption: string;
  rowHeader: string;
  columns: readonly string[];
  rows: readonly CountTableRow[];
}

/** The table twin of a chart. Row buttons do what a click on the chart does. */
export function CountTable({ caption, rowHeader, columns, rows }: CountTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((column) => (
              <th scope="col" key={column} className="num">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.selected ? "is-selected" : undefined}>
              <th scope="row">
                {row.onToggle ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={row.selected ?? false}
                    onClick={row.onToggle}
                  >
                    {row.label}
                  </button>
                ) : (
                  row.label
                )}
              </th>
              {row.values.map((value, index) => (
                <td key={index} className="num">
                  {value === null ? (
                    <span className="muted">{t("countTable.noReport")}</span>
                  ) : (
                    format.number(value)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
