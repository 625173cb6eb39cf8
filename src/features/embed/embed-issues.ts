import type { FilterState } from "../../domain/filter-state";
import { reconcileFilters } from "../../domain/reconcile-filters";
import type { Reference } from "../../schema/reference";
import { parseEmbedOptions } from "../../url-state/embed-contract";
import { sharedParamIssues } from "../../url-state/shared-param-issues";
import { parseTableParams } from "../../url-state/table-params";
import { parseTrendParams } from "../../url-state/trend-params";
import { urlIssue, type UrlIssue } from "../../url-state/url-issue";

export interface EmbedIssueSources {
  view: string;
  params: URLSearchParams;
  filters: FilterState;
  /** What the filter parser dropped (useFilters), and what the view itself dropped (compare's years). */
  dropped: readonly UrlIssue[];
  /** The table's column ids, for `sort` and `hide` of the activities embed. */
  columnIds: readonly string[];
  /** Once loaded: which values the data knows. */
  data?: { reference: Reference; reportYears: readonly number[] };
}

/**
 * Every value of an embed's link that it does not use: the filters, the embed options, the options of
 * its own view (trend, table; compare says its years itself), and well-formed values the data lacks. The options of other views
 * are not the embed's business and pass silently.
 */
export function embedIssues({
  view,
  params,
  filters,
  dropped,
  columnIds,
  data,
}: EmbedIssueSources): UrlIssue[] {
  const issues: UrlIssue[] = [...dropped];
  parseEmbedOptions(params, issues);
  issues.push(...sharedParamIssues(params));
  if (view === "trend") parseTrendParams(params, issues);
  if (view === "activities") parseTableParams(params, columnIds, issues);
  if (!data) return issues;
  const { unknown } = reconcileFilters(view === "compare" ? { ...filters, years: [] } : filters, {
    years: data.reportYears,
    sectors: data.reference.sectors.map((sector) => sector.code),
    lines: data.reference.actionLines.map((line) => line.code),
  });
  issues.push(...unknown.map((item) => urlIssue("notInData", item.param, item.value)));
  return issues;
}
