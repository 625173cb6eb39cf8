import { useTranslation } from "../../i18n/use-translation";
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
  const { t } = useTranslation();
  const { a, b, change } = compareIndicatorYears(series, yearA, yearB);
  const missing = [a ? undefined : yearA, b ? undefined : yearB].filter((year) => year !== undefined);
  let text: string;
  if (!a || !b)
    text = t("compare.indicators.noFigure", {
      years: [...new Set(missing)].join(t("compare.indicators.or")),
    });
  else if (change)
    text = t("compare.indicators.summary", {
      a: yearA,
      b: yearB,
      figureA: formatFigure(a),
      figureB: formatFigure(b),
      change: describeChange(change.absolute, change.percent) ?? t("compare.indicators.noChange"),
    });
  else
    text = t("compare.indicators.notComparable", {
      a: yearA,
      b: yearB,
      figureA: formatFigure(a),
      figureB: formatFigure(b),
    });
  return (
    <p className="indicator-summary" data-testid="indicator-summary">
      {text}
    </p>
  );
}

/** The notes of the sources, and every point where the series changes meaning, next to the chart. */
export function SeriesNotes({ series }: { series: IndicatorSeries }) {
  const { t } = useTranslation();
  const noted = series.points.filter((point) => point.note || !point.comparable);
  if (noted.length === 0) return null;
  return (
    <details className="compare-details" open={noted.some((point) => !point.comparable)}>
      <summary>{t("compare.indicators.notes", { count: noted.length })}</summary>
      <ul className="series-notes">
        {noted.map((point, index) => (
          <li key={index}>
            <strong>
              {point.comparable ? null : <span aria-hidden="true">◆ </span>}
              {point.year}
            </strong>{" "}
            {formatFigure(point)}
            {point.comparable ? "" : t("compare.indicators.unitDiffers")}
            {point.note ? (
              <>
                : <span lang="en">{point.note}</span>
              </>
            ) : (
              ""
            )}
            . <SourceLinks sources={point.sources.map((url) => ({ url }))} />
          </li>
        ))}
      </ul>
    </details>
  );
}
