import { clip, INPUT_LIMITS } from "../../schema/input-limits";
import type { ReportMeta } from "../../schema/report";
import { stripBidiControls } from "../../schema/text-hygiene";

/** File names and URLs end up in titles and lists: short enough to show, and without bidi controls. */
export function shortLabel(label: string): string {
  const clean = stripBidiControls(label.slice(0, 4 * INPUT_LIMITS.labelLength)).trim() || "unnamed file";
  return clip(clean, INPUT_LIMITS.labelLength);
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
