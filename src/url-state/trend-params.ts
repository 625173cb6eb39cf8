/**
 * How the overview's per-year chart is drawn: `by=sector|line|sdg` (default sector) and `share=1` (each
 * year's bar as shares of 100 %). Part of the public URL contract, for the overview, `#/embed/trend`
 * and the deck's trend slides.
 */
export const TREND_BY = ["sector", "line", "sdg"] as const;
export type TrendBy = (typeof TREND_BY)[number];

export interface TrendParams {
  by: TrendBy;
  share: boolean;
}

export const TREND_PARAMS = { by: "by", share: "share" } as const;
export const DEFAULT_TREND: TrendParams = { by: "sector", share: false };

/** Plurals and the filter parameters' names read too: `by=sdgs`, `by=lines`. */
const BY_ALIASES: Record<string, TrendBy> = {
  sector: "sector",
  sectors: "sector",
  line: "line",
  lines: "line",
  sdg: "sdg",
  sdgs: "sdg",
};

/** Lenient: an unknown `by` draws by sector, any `share` other than 1/true is off. */
export function parseTrendParams(params: URLSearchParams): TrendParams {
  const by = BY_ALIASES[(params.get(TREND_PARAMS.by) ?? "").trim().toLowerCase()] ?? DEFAULT_TREND.by;
  const share = /^(1|true|yes)$/i.test((params.get(TREND_PARAMS.share) ?? "").trim());
  return { by, share };
}

/** Only what differs from the default, in a fixed order. */
export function serializeTrendParams(trend: TrendParams): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  if (trend.by !== DEFAULT_TREND.by) entries.push([TREND_PARAMS.by, trend.by]);
  if (trend.share) entries.push([TREND_PARAMS.share, "1"]);
  return entries;
}
