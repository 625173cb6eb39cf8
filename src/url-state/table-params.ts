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

/** Lenient: unknown columns fall back to the default sort and are dropped from `hide`. */
export function parseTableParams(params: URLSearchParams, columnIds: readonly string[]): TableParams {
  const rawSort = params.get(TABLE_PARAMS.sort)?.trim() ?? "";
  const desc = rawSort.startsWith("-");
  const sortId = rawSort.replace(/^[-+]/, "");
  const hidden = (params.get(TABLE_PARAMS.hidden) ?? "")
    .split(/[~,]/)
    .map((value) => value.trim())
    .filter((value, index, all) => columnIds.includes(value) && all.indexOf(value) === index);
  const activity = params.get(TABLE_PARAMS.activity)?.trim() || undefined;
  return {
    sort:
      sortId === RELEVANCE_SORT
        ? { id: RELEVANCE_SORT, desc: false }
        : columnIds.includes(sortId)
          ? { id: sortId, desc }
          : { ...DEFAULT_SORT },
    hidden,
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
