import type { PercentChange } from "../../domain/compare";
import { changeMarker, directionOf, formatCount, formatPercent, formatSigned } from "./format-change";

interface CompareSummaryProps {
  yearA: number;
  yearB: number;
  total: { a: number; b: number; change: number; percentChange: PercentChange };
  added: number;
  continued: number;
  removed: number;
}

/** The headline: how many activities in each year, and how many initiatives are new, continued or gone. */
export function CompareSummary({ yearA, yearB, total, added, continued, removed }: CompareSummaryProps) {
  const direction = directionOf(total.change);
  return (
    <ul className="kpi-tiles compare-summary" aria-label="Summary of the comparison">
      <li className="kpi-tile">
        <span className="kpi-tile__label">
          Activities, {yearA} → {yearB}
        </span>
        <span className="kpi-tile__value" data-testid="total-change">
          {formatCount(total.a)} → {formatCount(total.b)}
        </span>
        <span className={`kpi-tile__change change--${direction}`}>
          <span aria-hidden="true">{changeMarker(total.change)}</span> {formatSigned(total.change)} (
          {formatPercent(total.percentChange)})
        </span>
      </li>
      <li className="kpi-tile">
        <span className="kpi-tile__label">New in {yearB}</span>
        <span className="kpi-tile__value" data-testid="added-count">
          {formatCount(added)}
        </span>
        <span className="kpi-tile__change">activities whose initiative {yearA} does not have</span>
      </li>
      <li className="kpi-tile">
        <span className="kpi-tile__label">Continued</span>
        <span className="kpi-tile__value" data-testid="continued-count">
          {formatCount(continued)}
        </span>
        <span className="kpi-tile__change">initiatives found in both years</span>
      </li>
      <li className="kpi-tile">
        <span className="kpi-tile__label">No longer reported</span>
        <span className="kpi-tile__value" data-testid="removed-count">
          {formatCount(removed)}
        </span>
        <span className="kpi-tile__change">activities whose initiative {yearB} does not have</span>
      </li>
    </ul>
  );
}
