import { useId, useMemo } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { parseTrendParams, TREND_BY, type TrendBy, type TrendParams } from "../../url-state/trend-params";
import { useHashLocation } from "../../url-state/use-hash-location";

const BY_LABEL = {
  sector: "filters.sector",
  line: "filters.actionLine",
  sdg: "sdg.axis",
} as const satisfies Record<TrendBy, string>;

/**
 * How the per-year chart is drawn: a labelled choice of dimension (a select: it fits a phone in every
 * language) and a "share of the year" switch. The controls read the URL themselves: the chart around them
 * may render a moment later (docs/decisions/015), the controls answer the click at once.
 */
export function TrendControls({ onChange }: { onChange: (next: TrendParams) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { params } = useHashLocation();
  const trend = useMemo(() => parseTrendParams(params), [params]);
  return (
    <div className="trend-controls">
      <label htmlFor={id} className="trend-controls__by">
        {t("overview.charts.trendDrawBy")}
        <select
          id={id}
          value={trend.by}
          onChange={(event) => onChange({ ...trend, by: event.target.value as TrendBy })}
        >
          {TREND_BY.map((by) => (
            <option key={by} value={by}>
              {t(BY_LABEL[by])}
            </option>
          ))}
        </select>
      </label>
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
