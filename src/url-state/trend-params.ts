import { urlIssue, type UrlIssue } from "./url-issue";

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

/**
 * Lenient: an unknown `by` draws by sector, a `share` that is neither on nor off is off; either is
 * named in `dropped` when given.
 */
export function parseTrendParams(params: URLSearchParams, dropped: UrlIssue[] = []): TrendParams {
  const rawBy = (params.get(TREND_PARAMS.by) ?? "").trim();
  const by = BY_ALIASES[rawBy.toLowerCase()];
  if (by === undefined && rawBy !== "") dropped.push(urlIssue("trendBy", TREND_PARAMS.by, rawBy));
  const rawShare = (params.get(TREND_PARAMS.share) ?? "").trim();
  const share = /^(1|true|yes|on)$/i.test(rawShare);
  if (!share && !/^(|0|false|no|off)$/i.test(rawShare))
    dropped.push(urlIssue("flag", TREND_PARAMS.share, rawShare));
  return { by: by ?? DEFAULT_TREND.by, share };
}

/** Only what differs from the default, in a fixed order. */
export function serializeTrendParams(trend: TrendParams): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  if (trend.by !== DEFAULT_TREND.by) entries.push([TREND_PARAMS.by, trend.by]);
  if (trend.share) entries.push([TREND_PARAMS.share, "1"]);
  return entries;
}
