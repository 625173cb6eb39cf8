import { useMemo } from "react";
import { chunkComponent } from "../../components/chunk-component";
import type { UnknownFilterValue } from "../../domain/reconcile-filters";
import type { DroppedParam } from "../../url-state/filter-params";
import { sharedParamIssues } from "../../url-state/shared-param-issues";
import { useHashLocation } from "../../url-state/use-hash-location";

// Most links are whole: the list and its wording (~3 kB gzip) load only when a link lost something.
const UrlNoticeList = chunkComponent(() => import("./UrlNoticeList").then((module) => module.UrlNoticeList));

const NONE: readonly UnknownFilterValue[] = [];

/**
 * Says which parts of a link were ignored, so that nobody mistakes a partial view for the one they were
 * sent: the page's own values, those absent from the data, and the ones every route reads (theme, lang).
 */
export function UrlNotices({
  dropped,
  unknown = NONE,
}: {
  dropped: readonly DroppedParam[];
  unknown?: readonly UnknownFilterValue[];
}) {
  const { params } = useHashLocation();
  const shared = useMemo(() => sharedParamIssues(params), [params]);
  const issues = useMemo(() => [...dropped, ...shared], [dropped, shared]);
  if (issues.length === 0 && unknown.length === 0) return null;
  return <UrlNoticeList issues={issues} unknown={unknown} />;
}
