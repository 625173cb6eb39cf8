import { formatHash } from "../../url-state/hash-location";
import { TABLE_PARAMS } from "../../url-state/table-params";

/** The activity's detail panel on the activities page (`#/activities?activity=A052`). */
export function activityDetailHref(id: string): string {
  return formatHash("/activities", [[TABLE_PARAMS.activity, id]]);
}

/** A short, honest name for a source link. */
export { sourceHost } from "../../schema/http-url";
