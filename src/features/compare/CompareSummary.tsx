import { useTranslation } from "../../i18n/use-translation";
import { directionOf } from "../../i18n/languages";
import { useLanguage } from "../../i18n/use-language";
import type { PercentChange } from "../../domain/compare";
import {
  changeMarker,
  directionOf as directionOfChange,
  formatCount,
  formatPercent,
  formatSigned,
} from "./format-change";
import type { DiffSummary } from "./diff-summary";

interface CompareSummaryProps {
  yearA: number;
  yearB: number;
  total: { a: number; b: number; change: number; percentChange: PercentChange };
  diff: DiffSummary;
}

/**
 * The headline, in activities throughout: how many in each year, and how many are new, continued or gone,
 * with the initiatives they belong to as a second line, and the sums written out under the boxes.
 */
export function CompareSummary({ yearA, yearB, total, diff }: CompareSummaryProps) {
  const { t } = useTranslation();
  const direction = directionOfChange(total.change);
  // "From A to B" points the way the page reads.
  const arrow = directionOf(useLanguage()) === "rtl" ? "←" : "→";
  return (
    <ul className="kpi-tiles compare-summary" aria-label={t("compare.summary.label")}>
      <li className="kpi-tile">
        <span className="kpi-tile__label">{t("compare.summary.activities", { a: yearA, b: yearB })}</span>
        <span className="kpi-tile__value" data-testid="total-change">
          {formatCount(total.a)} {arrow} {formatCount(total.b)}
        </span>
        <span className={`kpi-tile__change change--${direction}`}>
          <span aria-hidden="true">{changeMarker(total.change)}</span> {formatSigned(total.change)} (
          {formatPercent(total.percentChange)})
        </span>
      </li>
      <li className="kpi-tile">
        <span className="kpi-tile__label">{t("compare.summary.newIn", { year: yearB })}</span>
        <span className="kpi-tile__value" data-testid="added-count">
          {formatCount(diff.added.activities)}
        </span>
        <span className="kpi-tile__change">{t("compare.summary.newNote", { year: yearA })}</span>
        <span className="kpi-tile__change">
          {t("compare.summary.initiatives", { n: diff.added.initiatives })}
        </span>
      </li>
      <li className="kpi-tile">
        <span className="kpi-tile__label">{t("compare.summary.continued")}</span>
        <span className="kpi-tile__value" data-testid="continued-count">
          {formatCount(diff.continued.b)}
        </span>
        <span className="kpi-tile__change">
          {t("compare.summary.continuedNote", {
            a: formatCount(diff.continued.a),
            b: formatCount(diff.continued.b),
          })}
        </span>
        <span className="kpi-tile__change">
          {t("compare.summary.initiatives", { n: diff.continued.initiatives })}
        </span>
      </li>
      <li className="kpi-tile">
        <span className="kpi-tile__label">{t("compare.summary.removed")}</span>
        <span className="kpi-tile__value" data-testid="removed-count">
          {formatCount(diff.removed.activities)}
        </span>
        <span className="kpi-tile__change">{t("compare.summary.removedNote", { year: yearB })}</span>
        <span className="kpi-tile__change">
          {t("compare.summary.initiatives", { n: diff.removed.initiatives })}
        </span>
      </li>
      <li className="compare-summary__sums" data-testid="compare-sums">
        <span>
          {t("compare.summary.sumsB", {
            b: yearB,
            added: diff.added.activities,
            continuedB: diff.continued.b,
            totalB: total.b,
          })}
        </span>{" "}
        <span>
          {t("compare.summary.sumsA", {
            a: yearA,
            continuedA: diff.continued.a,
            removed: diff.removed.activities,
            totalA: total.a,
          })}
        </span>
      </li>
    </ul>
  );
}
