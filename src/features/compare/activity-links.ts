import { formatHash } from "../../url-state/hash-location";
import { TABLE_PARAMS } from "../../url-state/table-params";

/** The activity's detail panel on the activities page (`#/activities?activity=A052`). */
export function activityDetailHref(id: string): string {
  return formatHash("/activities", [[TABLE_PARAMS.activity, id]]);
}

/** "www.itu.int/en/..." → "itu.int": a short, honest name for a source link. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
