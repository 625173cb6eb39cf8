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
  return (
    <div className="table-scroll compare-table-scroll">
      <table className="data-table data-table--compact indicator-table">
        <caption className="visually-hidden">{series.metric.label}: every figure with its source</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Figure</th>
            <th scope="col">Change from the figure before</th>
            <th scope="col">Note</th>
            <th scope="col">Source</th>
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
              <td>{point.note ?? <span className="muted">—</span>}</td>
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
