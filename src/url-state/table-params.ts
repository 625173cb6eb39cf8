import { readList } from "./filter-params";
import { urlIssue, type UrlIssue } from "./url-issue";

/** Table state in the URL (issue: sort and search live in the URL, so a shared link shows the same rows). */
export interface TableParams {
  sort: { id: string; desc: boolean };
  hidden: string[];
  /** The activity whose detail panel is open. */
  activity: string | undefined;
}

export const TABLE_PARAMS = { sort: "sort", hidden: "hide", activity: "activity" } as const;

export const DEFAULT_SORT = { id: "year", desc: true } as const;

/** `sort=relevance`: best match to the free text first; without a query the default sort applies. */
export const RELEVANCE_SORT = "relevance";

/** Columns named in `hide` (as many as any list of a link), each once; the others named in `dropped`. */
function readHidden(params: URLSearchParams, columnIds: readonly string[], dropped: UrlIssue[]): string[] {
  const { values, unread } = readList(params, TABLE_PARAMS.hidden);
  const hidden = new Set<string>();
  for (const value of values) {
    if (columnIds.includes(value)) hidden.add(value);
    else dropped.push(urlIssue("column", TABLE_PARAMS.hidden, value, { expected: columnIds.join(", ") }));
  }
  if (unread > 0) dropped.push(urlIssue("tooMany", TABLE_PARAMS.hidden, "", { count: unread }));
  return [...hidden];
}

/** Lenient: an unknown column falls back to the default sort or is left out of `hide`, and is named in `dropped`. */
export function parseTableParams(
  params: URLSearchParams,
  columnIds: readonly string[],
  dropped: UrlIssue[] = [],
): TableParams {
  const rawSort = params.get(TABLE_PARAMS.sort)?.trim() ?? "";
  const desc = rawSort.startsWith("-");
  const sortId = rawSort.replace(/^[-+]/, "");
  const known = sortId === RELEVANCE_SORT || columnIds.includes(sortId);
  if (!known && rawSort !== "")
    dropped.push(
      urlIssue("column", TABLE_PARAMS.sort, rawSort, { expected: [...columnIds, RELEVANCE_SORT].join(", ") }),
    );
  const activity = params.get(TABLE_PARAMS.activity)?.trim() || undefined;
  return {
    sort:
      sortId === RELEVANCE_SORT
        ? { id: RELEVANCE_SORT, desc: false }
        : known
          ? { id: sortId, desc }
          : { ...DEFAULT_SORT },
    hidden: readHidden(params, columnIds, dropped),
    activity,
  };
}

export function serializeTableParams(table: TableParams): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  if (table.sort.id !== DEFAULT_SORT.id || table.sort.desc !== DEFAULT_SORT.desc) {
    const desc = table.sort.desc && table.sort.id !== RELEVANCE_SORT;
    entries.push([TABLE_PARAMS.sort, `${desc ? "-" : ""}${table.sort.id}`]);
  }
  if (table.hidden.length > 0) entries.push([TABLE_PARAMS.hidden, table.hidden.join("~")]);
  if (table.activity) entries.push([TABLE_PARAMS.activity, table.activity]);
  return entries;
}
