import type { ReportMeta } from "../../schema/report";

const MAX_LABEL = 120;

/** File names and URLs end up in titles: keep them short enough to show. */
export function shortLabel(label: string): string {
  const clean = label.trim() || "unnamed file";
  return clean.length > MAX_LABEL ? `${clean.slice(0, MAX_LABEL)}…` : clean;
}

/** Every imported report says it is user data, whatever the file claimed. */
export function userReportMeta(year: number, fileName: string): ReportMeta {
  return {
    year,
    title: `User data ${year} (${shortLabel(fileName)})`,
    kind: "user",
    period: { from: `${year}-01-01`, to: `${year}-12-31` },
    description: `Loaded by a user from ${shortLabel(fileName)}; not published by ITU.`,
  };
}

/** Ids longer than the schema allows are cut in messages (the issue itself says the id is wrong). */
export function shortId(id: string): string {
  return id.length > 64 ? `${id.slice(0, 64)}…` : id;
}
