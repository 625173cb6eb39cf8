import { sortFilterValues, type FilterState } from "../domain/filter-state";
import { INPUT_LIMITS } from "../schema/input-limits";

/** A URL value that was dropped, so the page can say so instead of silently showing something else. */
export interface DroppedParam {
  param: string;
  value: string;
  reason: string;
  /** When set, this entry stands for that many values that were not even read (too many in the link). */
  count?: number;
}

/** The reason of the entry that sums up the values past the cap. */
export const TOO_MANY_VALUES = "too many values; the rest of the list was not read";
export const TOO_LONG_VALUE = "too long to be a value";

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
const MAX_QUERY_LENGTH = 200;

const isSeparator = (char: string | undefined) => char === "~" || char === ",";

/**
 * "5~9", "5,9" and repeated keys (sdg=5&sdg=9) all mean the same list. At most `listValues` values are
 * read; the rest are only counted, in the same single pass, so that a link of a million values costs
 * little more than one of two hundred.
 */
function readList(params: URLSearchParams, key: string): { values: string[]; unread: number } {
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
  parseOne: (value: string) => T | string,
  dropped: DroppedParam[],
): T[] {
  const values = new Set<T>();
  const list = readList(params, param);
  for (const raw of list.values) {
    if (raw.length > INPUT_LIMITS.paramValueLength) {
      dropped.push({ param, value: raw.slice(0, INPUT_LIMITS.paramValueLength), reason: TOO_LONG_VALUE });
      continue;
    }
    const parsed = parseOne(raw);
    if (typeof parsed === "string" && parsed.startsWith("!"))
      dropped.push({ param, value: raw, reason: parsed.slice(1) });
    else values.add(parsed as T);
  }
  if (list.unread > 0) dropped.push({ param, value: "", reason: TOO_MANY_VALUES, count: list.unread });
  return sortFilterValues([...values]);
}

// Parsers return a value, or a reason prefixed with "!" (values themselves never start with "!").
const parseYear = (raw: string) => (/^\d{4}$/.test(raw) ? Number(raw) : "!a year has four digits, e.g. 2023");
const parseSdg = (raw: string) => {
  const sdg = Number(raw);
  return /^\d{1,2}$/.test(raw) && sdg >= 1 && sdg <= 17 ? sdg : "!SDGs are numbered 1 to 17";
};
const parseSector = (raw: string) =>
  /^[A-Za-z][A-Za-z-]{1,9}$/.test(raw) ? raw.toUpperCase() : "!not a sector code such as ITU-D";
const parseLine = (raw: string) => {
  const match = /^c(\d{1,2})(\..+)?$/i.exec(raw);
  const number = Number(match?.[1]);
  if (!match || number < 1 || number > 11) return "!action lines are C1 to C11, e.g. C2 or C7.e-health";
  return `C${number}${(match[2] ?? "").toLowerCase()}`;
};

/** Lenient: a bad value is dropped with a reason, never an exception. */
export function parseFilterParams(params: URLSearchParams): ParsedFilters {
  const dropped: DroppedParam[] = [];
  const q = (params.get(FILTER_PARAMS.q) ?? "")
    .slice(0, 2 * MAX_QUERY_LENGTH)
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
  const filters: FilterState = {
    years: parseList(params, FILTER_PARAMS.years, parseYear, dropped),
    sectors: parseList(params, FILTER_PARAMS.sectors, parseSector, dropped),
    lines: parseList(params, FILTER_PARAMS.lines, parseLine, dropped),
    sdgs: parseList(params, FILTER_PARAMS.sdgs, parseSdg, dropped),
    q,
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
