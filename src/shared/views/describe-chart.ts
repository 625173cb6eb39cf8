import type { TFunction } from "i18next";
import type { CountRow } from "./chart-rows";

/** A sentence for screen readers: the largest categories first, and how many are empty. */
export function describeRanking(rows: readonly CountRow[], t: TFunction): string {
  const ranked = [...rows].filter((row) => row.count > 0).sort((a, b) => b.count - a.count);
  if (ranked.length === 0) return t("overview.describe.none");
  const top = ranked.slice(0, 3).map((row) => `${row.label} (${row.count})`);
  const empty = rows.length - ranked.length;
  const largest = t("overview.describe.largest", { top: top.join(", ") });
  return empty > 0 ? `${largest} ${t("overview.describe.empty", { empty, total: rows.length })}` : largest;
}
