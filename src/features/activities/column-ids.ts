/** The table's columns as the URL names them (`sort`, `hide`), without the table's code: embeds check links with it. */
export const ACTIVITY_COLUMN_IDS = ["year", "sector", "lines", "sdgs", "title", "summary", "source"] as const;
