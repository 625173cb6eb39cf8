import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import type { ChangeItem } from "./compare-model";
import { changeMarker, directionOf, formatCount, formatPercent, formatSigned } from "./format-change";
import {
  NATURAL_ORDER,
  nextSort,
  sortChangeRows,
  type ChangeSort,
  type ChangeSortKey,
} from "./sort-change-rows";

interface ChangeTableProps {
  caption: string;
  rowHeader: string;
  rows: readonly ChangeItem[];
  yearA: number;
  yearB: number;
  onToggle: (value: string) => void;
}

/** Start, end, change and % change per category; every column sorts, and says so to screen readers. */
export function ChangeTable({ caption, rowHeader, rows, yearA, yearB, onToggle }: ChangeTableProps) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<ChangeSort>(NATURAL_ORDER);
  const columns: ReadonlyArray<{ key: ChangeSortKey; label: string; numeric: boolean }> = [
    { key: "category", label: rowHeader, numeric: false },
    { key: "a", label: t("compare.table.yearA", { year: yearA }), numeric: true },
    { key: "b", label: t("compare.table.yearB", { year: yearB }), numeric: true },
    { key: "change", label: t("compare.table.change"), numeric: true },
    { key: "percent", label: t("compare.table.percent"), numeric: true },
  ];
  return (
    <div className="table-scroll compare-table-scroll">
      <table className="data-table data-table--compact change-table">
        <caption className="visually-hidden">
          {t("compare.table.caption", { caption, a: yearA, b: yearB })}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? "num" : undefined}
                  aria-sort={active ? sort.direction : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => setSort((current) => nextSort(current, column.key))}
                  >
                    {column.label}
                    <span aria-hidden="true" className="sort-button__icon">
                      {active ? (sort.direction === "ascending" ? "↑" : "↓") : "↕"}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sortChangeRows(rows, sort).map((row) => (
            <tr key={row.category} className={row.selected ? "is-selected" : undefined}>
              <th scope="row">
                {row.filterable ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={row.selected}
                    onClick={() => onToggle(row.category)}
                  >
                    {row.label}
                  </button>
                ) : (
                  row.label
                )}
              </th>
              <td className="num">{formatCount(row.a)}</td>
              <td className="num">{formatCount(row.b)}</td>
              <td className={`num change change--${directionOf(row.change)}`}>
                <span aria-hidden="true">{changeMarker(row.change)} </span>
                {formatSigned(row.change)}
              </td>
              <td className="num">
                {row.percentChange === "new" ? (
                  <span className="badge badge--new">{t("compare.new")}</span>
                ) : (
                  formatPercent(row.percentChange)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
