import { compareIndicatorYears, type IndicatorSeries } from "../../domain/indicator-series";
import { describeChange } from "./format-change";
import { formatFigure } from "./indicator-format";
import { SourceLinks } from "./SourceLinks";

/** What the picked metric did between A and B, or why that cannot be said. */
export function YearSummary({
  series,
  yearA,
  yearB,
}: {
  series: IndicatorSeries;
  yearA: number;
  yearB: number;
}) {
  const { a, b, change } = compareIndicatorYears(series, yearA, yearB);
  const missing = [a ? undefined : yearA, b ? undefined : yearB].filter((year) => year !== undefined);
  let text: string;
  if (!a || !b) text = `No figure for ${[...new Set(missing)].join(" or ")}.`;
  else if (change)
    text = `${yearA} → ${yearB}: ${formatFigure(a)} → ${formatFigure(b)}, ${describeChange(change.absolute, change.percent) ?? "no change"}.`;
  else text = `${yearA}: ${formatFigure(a)}; ${yearB}: ${formatFigure(b)}. Not comparable: the unit differs.`;
  return (
    <p className="indicator-summary" data-testid="indicator-summary">
      {text}
    </p>
  );
}

/** The notes of the sources, and every point where the series changes meaning, next to the chart. */
export function SeriesNotes({ series }: { series: IndicatorSeries }) {
  const noted = series.points.filter((point) => point.note || !point.comparable);
  if (noted.length === 0) return null;
  return (
    <details className="compare-details" open={noted.some((point) => !point.comparable)}>
      <summary>Notes on these figures ({noted.length})</summary>
      <ul className="series-notes">
        {noted.map((point, index) => (
          <li key={index}>
            <strong>
              {point.comparable ? null : <span aria-hidden="true">◆ </span>}
              {point.year}
            </strong>{" "}
            {formatFigure(point)}
            {point.comparable ? "" : " (the unit differs from the figure before)"}
            {point.note ? `: ${point.note}` : ""}.{" "}
            <SourceLinks sources={point.sources.map((url) => ({ url }))} />
          </li>
        ))}
      </ul>
    </details>
  );
}
