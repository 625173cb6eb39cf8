import { useId } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { TREND_BY, type TrendBy, type TrendParams } from "../../url-state/trend-params";

const BY_LABEL = {
  sector: "filters.sector",
  line: "filters.actionLine",
  sdg: "sdg.axis",
} as const satisfies Record<TrendBy, string>;

/** How the per-year chart is drawn: a segmented choice of dimension and a "share of the year" switch. */
export function TrendControls({
  trend,
  onChange,
}: {
  trend: TrendParams;
  onChange: (next: TrendParams) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <div className="trend-controls">
      <fieldset className="segmented">
        <legend className="trend-controls__legend">{t("overview.charts.trendDrawBy")}</legend>
        {TREND_BY.map((by) => (
          <label key={by} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={by}
              checked={trend.by === by}
              onChange={() => onChange({ ...trend, by })}
            />
            <span>{t(BY_LABEL[by])}</span>
          </label>
        ))}
      </fieldset>
      <label className="trend-controls__share">
        <input
          type="checkbox"
          checked={trend.share}
          onChange={(event) => onChange({ ...trend, share: event.target.checked })}
        />
        {t("overview.charts.trendShare")}
      </label>
    </div>
  );
}
