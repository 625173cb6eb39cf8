import { chunkComponent } from "../../components/chunk-component";
import type { UnknownFilterValue } from "../../domain/reconcile-filters";
import type { DroppedParam } from "../../url-state/filter-params";

// Most links are whole: the list and its wording (~3 kB gzip) load only when a link lost something.
const UrlNoticeList = chunkComponent(() => import("./UrlNoticeList").then((module) => module.UrlNoticeList));

/** Says which parts of a link were ignored, so that nobody mistakes a partial view for the one they were sent. */
export function UrlNotices({
  dropped,
  unknown,
}: {
  dropped: readonly DroppedParam[];
  unknown: readonly UnknownFilterValue[];
}) {
  if (dropped.length === 0 && unknown.length === 0) return null;
  return <UrlNoticeList dropped={dropped} unknown={unknown} />;
}
