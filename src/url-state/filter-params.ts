import { sortFilterValues, type FilterState } from "../domain/filter-state";
import { INPUT_LIMITS } from "../schema/input-limits";
import { urlIssue, type UrlIssue, type UrlIssueCode } from "./url-issue";

/** A URL value that was dropped (the name the views know it by). */
export type DroppedParam = UrlIssue;

export interface ParsedFilters {
  filters: FilterState;
  dropped: DroppedParam[];
}

/** The public query-string contract. Renaming a key breaks embedded links: add aliases instead. */
export const FILTER_PARAMS = {
  years: "year",
  sectors: "sector",
  lines: "line",
  sdgs: "sdg",
  q: "q",
} as const;

const LIST_SEPARATOR = "~";
export const MAX_QUERY_LENGTH = 200;

const isSeparator = (char: string | undefined) => char === "~" || char === ",";

/**
 * "5~9", "5,9" and repeated keys (sdg=5&sdg=9) all mean the same list. At most `listValues` values are
 * read; the rest are only counted, in the same single pass, so that a link of a million values costs
 * little more than one of two hundred.
 */
export function readList(params: URLSearchParams, key: string): { values: string[]; unread: number } {
  const values: string[] = [];
  let unread = 0;
  for (const raw of params.getAll(key)) {
    let start = 0;
    for (let index = 0; index <= raw.length; index++) {
      if (index < raw.length && !isSeparator(raw[index])) continue;
      if (values.length < INPUT_LIMITS.listValues) {
        const value = raw.slice(start, index).trim();
        if (value !== "") values.push(value);
      } else if (raw.slice(start, index).trim() !== "") unread++;
      start = index + 1;
    }
  }
  return { values, unread };
}

function parseList<T extends string | number>(
  params: URLSearchParams,
  param: string,
  code: UrlIssueCode,
  parseOne: (value: string) => T | undefined,
  dropped: DroppedParam[],
): T[] {
  const values = new Set<T>();
  const list = readList(params, param);
  for (const raw of list.values) {
    if (raw.length > INPUT_LIMITS.paramValueLength) {
      dropped.push(urlIssue("tooLong", param, raw.slice(0, INPUT_LIMITS.paramValueLength)));
      continue;
    }
    const parsed = parseOne(raw);
    if (parsed === undefined) dropped.push(urlIssue(code, param, raw));
    else values.add(parsed);
  }
  if (list.unread > 0) dropped.push(urlIssue("tooMany", param, "", { count: list.unread }));
  return sortFilterValues([...values]);
}

// Each returns the value, or undefined when it is not one.
const parseYear = (raw: string) => (/^\d{4}$/.test(raw) ? Number(raw) : undefined);
const parseSdg = (raw: string) => {
  const sdg = Number(raw);
  return /^\d{1,2}$/.test(raw) && sdg >= 1 && sdg <= 17 ? sdg : undefined;
};
const parseSector = (raw: string) => (/^[A-Za-z][A-Za-z-]{1,9}$/.test(raw) ? raw.toUpperCase() : undefined);
const parseLine = (raw: string) => {
  const match = /^c(\d{1,2})(\..+)?$/i.exec(raw);
  const number = Number(match?.[1]);
  if (!match || number < 1 || number > 11) return undefined;
  return `C${number}${(match[2] ?? "").toLowerCase()}`;
};

/** The search text, cut to its first MAX_QUERY_LENGTH characters (and said so). */
function readQuery(params: URLSearchParams, dropped: DroppedParam[]): string {
  const text = (params.get(FILTER_PARAMS.q) ?? "").slice(0, 2 * MAX_QUERY_LENGTH + 1).trim();
  if (text.length <= MAX_QUERY_LENGTH) return text;
  dropped.push(urlIssue("textCut", FILTER_PARAMS.q, text));
  return text.slice(0, MAX_QUERY_LENGTH);
}

/** Lenient: a bad value is dropped with a code saying why, never an exception. */
export function parseFilterParams(params: URLSearchParams): ParsedFilters {
  const dropped: DroppedParam[] = [];
  const filters: FilterState = {
    years: parseList(params, FILTER_PARAMS.years, "yearFormat", parseYear, dropped),
    sectors: parseList(params, FILTER_PARAMS.sectors, "sector", parseSector, dropped),
    lines: parseList(params, FILTER_PARAMS.lines, "line", parseLine, dropped),
    sdgs: parseList(params, FILTER_PARAMS.sdgs, "sdg", parseSdg, dropped),
    q: readQuery(params, dropped),
  };
  return { filters, dropped };
}

/** Only non-default values are written, in a fixed order, so equal views have equal URLs. */
export function serializeFilterParams(filters: FilterState): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  const addList = (param: string, values: ReadonlyArray<string | number>) => {
    if (values.length > 0) entries.push([param, values.join(LIST_SEPARATOR)]);
  };
  addList(FILTER_PARAMS.years, filters.years);
  addList(FILTER_PARAMS.sectors, filters.sectors);
  addList(FILTER_PARAMS.lines, filters.lines);
  addList(FILTER_PARAMS.sdgs, filters.sdgs);
  const q = filters.q.trim();
  if (q !== "") entries.push([FILTER_PARAMS.q, q]);
  return entries;
}
