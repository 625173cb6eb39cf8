import { defaultCompareYears } from "../domain/compare";
import type { DroppedParam } from "./filter-params";
import { urlIssue } from "./url-issue";

/** Public keys of #/compare: the two report years. Renaming them breaks shared links: add aliases instead. */
export const COMPARE_PARAMS = { a: "a", b: "b" } as const;

export interface CompareYears {
  a: number;
  b: number;
}

export interface ParsedCompareParams {
  /** Undefined only when no report year is loaded at all. */
  years: CompareYears | undefined;
  /** Values that were replaced by the default, with why and the year shown instead. */
  dropped: DroppedParam[];
}

function readYear(
  params: URLSearchParams,
  param: string,
  fallback: number,
  reportYears: readonly number[],
  dropped: DroppedParam[],
): number {
  const raw = (params.get(param) ?? "").trim();
  if (raw === "") return fallback;
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw)) {
    dropped.push(urlIssue("yearFormatShowing", param, raw, { fallback: String(fallback) }));
    return fallback;
  }
  if (!reportYears.includes(year)) {
    dropped.push(urlIssue("noReport", param, raw, { fallback: String(fallback) }));
    return fallback;
  }
  return year;
}

/** Lenient: a malformed or unknown year falls back to its default (the latest two years) with a reason. */
export function parseCompareParams(
  params: URLSearchParams,
  reportYears: readonly number[],
): ParsedCompareParams {
  const defaults = defaultCompareYears(reportYears);
  if (!defaults) return { years: undefined, dropped: [] };
  const dropped: DroppedParam[] = [];
  const a = readYear(params, COMPARE_PARAMS.a, defaults.a, reportYears, dropped);
  const b = readYear(params, COMPARE_PARAMS.b, defaults.b, reportYears, dropped);
  return { years: { a, b }, dropped };
}

/** Only years that differ from the default are written, a before b, so equal views have equal URLs. */
export function serializeCompareParams(
  years: CompareYears,
  reportYears: readonly number[],
): Array<[string, string]> {
  const defaults = defaultCompareYears(reportYears);
  const entries: Array<[string, string]> = [];
  if (years.a !== defaults?.a) entries.push([COMPARE_PARAMS.a, String(years.a)]);
  if (years.b !== defaults?.b) entries.push([COMPARE_PARAMS.b, String(years.b)]);
  return entries;
}

/** The query with new years: every other parameter (the shared filters) is kept as it was, in its order. */
export function withCompareParams(
  params: URLSearchParams,
  years: CompareYears,
  reportYears: readonly number[],
): Array<[string, string]> {
  const keys = new Set<string>(Object.values(COMPARE_PARAMS));
  const others = [...params].filter(([key]) => !keys.has(key));
  return [...others, ...serializeCompareParams(years, reportYears)];
}
