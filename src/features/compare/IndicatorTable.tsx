import { useTranslation } from "../../i18n/use-translation";
import type { IndicatorSeries } from "../../domain/indicator-series";
import { SourceLinks } from "./SourceLinks";
import { describePointChange, formatFigure } from "./indicator-format";

interface IndicatorTableProps {
  series: IndicatorSeries;
  yearA: number;
  yearB: number;
}

/** Every figure of the metric with its qualifier, unit, change, note and source: the chart's table twin. */
export function IndicatorTable({ series, yearA, yearB }: IndicatorTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll compare-table-scroll">
      <table className="data-table data-table--compact indicator-table">
        <caption className="visually-hidden">
          {t("compare.indicators.caption", { metric: series.metric.label })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("compare.indicators.column.year")}</th>
            <th scope="col">{t("compare.indicators.column.figure")}</th>
            <th scope="col">{t("compare.indicators.column.change")}</th>
            <th scope="col">{t("compare.indicators.column.note")}</th>
            <th scope="col">{t("compare.indicators.column.source")}</th>
          </tr>
        </thead>
        <tbody>
          {series.points.map((point, index) => (
            <tr key={index} className={point.comparable ? undefined : "is-break"}>
              <th scope="row">
                {point.year}
                {point.year === yearA ? <span className="badge badge--year">A</span> : null}
                {point.year === yearB ? <span className="badge badge--year">B</span> : null}
              </th>
              <td>{formatFigure(point)}</td>
              <td>
                {point.comparable ? null : <span aria-hidden="true">◆ </span>}
                {describePointChange(point)}
              </td>
              <td lang={point.note ? "en" : undefined}>{point.note ?? <span className="muted">—</span>}</td>
              <td>
                <SourceLinks sources={point.sources.map((url) => ({ url }))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
