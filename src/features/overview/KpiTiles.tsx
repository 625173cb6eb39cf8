import type { KpiComparison, KpiValues } from "../../domain/kpis";

const TILES: ReadonlyArray<{ key: keyof KpiValues; label: string; of?: number }> = [
  { key: "activities", label: "Activities" },
  { key: "sectors", label: "Sectors", of: 4 },
  { key: "actionLines", label: "Action lines", of: 11 },
  { key: "sdgs", label: "SDGs", of: 17 },
];

function formatChange(change: number): string {
  if (change === 0) return "no change";
  return `${change > 0 ? "+" : "−"}${Math.abs(change).toLocaleString("en")}`;
}

export function KpiTiles({
  values,
  comparison,
}: {
  values: KpiValues;
  comparison: KpiComparison | undefined;
}) {
  return (
    <ul className="kpi-tiles" aria-label="Key figures for the current filters">
      {TILES.map((tile) => {
        const change = comparison ? comparison.current[tile.key] - comparison.previous[tile.key] : undefined;
        return (
          <li key={tile.key} className="kpi-tile">
            <span className="kpi-tile__label">
              {tile.label}
              {tile.of ? " covered" : ""}
            </span>
            <span className="kpi-tile__value" data-testid={`kpi-${tile.key}`}>
              {values[tile.key].toLocaleString("en")}
              {tile.of ? <span className="kpi-tile__of"> of {tile.of}</span> : null}
            </span>
            {comparison && change !== undefined ? (
              <span className={`kpi-tile__change kpi-tile__change--${Math.sign(change)}`}>
                {comparison.year}: {comparison.current[tile.key]}{" "}
                <span aria-hidden="true">{change > 0 ? "▲" : change < 0 ? "▼" : "■"}</span>{" "}
                {formatChange(change)} vs {comparison.previousYear}
              </span>
            ) : (
              <span className="kpi-tile__change">no earlier report to compare</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
