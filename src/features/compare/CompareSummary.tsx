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
import "../../i18n/english/compare";

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
          {formatCount(added)}
        </span>
        <span className="kpi-tile__change">{t("compare.summary.newNote", { year: yearA })}</span>
      </li>
      <li className="kpi-tile">
        <span className="kpi-tile__label">{t("compare.summary.continued")}</span>
        <span className="kpi-tile__value" data-testid="continued-count">
          {formatCount(continued)}
        </span>
        <span className="kpi-tile__change">{t("compare.summary.continuedNote")}</span>
      </li>
      <li className="kpi-tile">
        <span className="kpi-tile__label">{t("compare.summary.removed")}</span>
        <span className="kpi-tile__value" data-testid="removed-count">
          {formatCount(removed)}
        </span>
        <span className="kpi-tile__change">{t("compare.summary.removedNote", { year: yearB })}</span>
      </li>
    </ul>
  );
}
