import { useTranslation } from "../../i18n/use-translation";
import { Trans } from "../../i18n/Trans";
import type { KpiComparison, KpiValues } from "../../domain/kpis";
import { useFormat } from "../../i18n/use-format";

const TILES = [
  { key: "activities", labelKey: "overview.kpi.activities" },
  { key: "sectors", labelKey: "overview.kpi.sectors", of: 4 },
  { key: "actionLines", labelKey: "overview.kpi.actionLines", of: 11 },
  { key: "sdgs", labelKey: "overview.kpi.sdgs", of: 17 },
] as const satisfies ReadonlyArray<{ key: keyof KpiValues; labelKey: string; of?: number }>;

export function KpiTiles({
  values,
  comparison,
}: {
  values: KpiValues;
  comparison: KpiComparison | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const formatChange = (change: number) =>
    change === 0 ? t("overview.kpi.noChange") : `${change > 0 ? "+" : "−"}${format.number(Math.abs(change))}`;
  return (
    <ul className="kpi-tiles" aria-label={t("overview.kpi.label")}>
      {TILES.map((tile) => {
        const change = comparison ? comparison.current[tile.key] - comparison.previous[tile.key] : undefined;
        const of = "of" in tile ? tile.of : undefined;
        return (
          <li key={tile.key} className="kpi-tile">
            <span className="kpi-tile__label">{t(tile.labelKey)}</span>
            <span className="kpi-tile__value" data-testid={`kpi-${tile.key}`}>
              {format.number(values[tile.key])}
              {of ? <span className="kpi-tile__of"> {t("overview.kpi.of", { total: of })}</span> : null}
            </span>
            {comparison && change !== undefined ? (
              <span className={`kpi-tile__change kpi-tile__change--${Math.sign(change)}`}>
                <Trans
                  i18nKey="overview.kpi.change"
                  values={{
                    year: comparison.year,
                    value: comparison.current[tile.key],
                    arrow: change > 0 ? "▲" : change < 0 ? "▼" : "■",
                    change: formatChange(change),
                    previousYear: comparison.previousYear,
                  }}
                  components={{ arrow: <span aria-hidden="true" /> }}
                />
              </span>
            ) : (
              <span className="kpi-tile__change">{t("overview.kpi.noEarlier")}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
