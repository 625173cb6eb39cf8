import { createColumnHelper } from "@tanstack/react-table";
import type { ActivityRecord } from "../../domain/activity-record";
import { SOURCE_KINDS, kindOfSource, urlHost } from "../../domain/source-kind";
import { ColumnHeader } from "./ColumnHeader";
import { LinesCell, SdgsCell, SectorCell, SourceCell, SummaryCell, TitleCell } from "./cells";
import type { activityTableFeatures } from "./table-features";

/** Sorts by the first source's kind (official, copy, press), then by its site. */
function firstSourceSortKey(activity: ActivityRecord): string {
  const first = activity.sources[0];
  if (!first) return "";
  return `${SOURCE_KINDS.indexOf(kindOfSource(first))} ${urlHost(first.url).replace(/^www\./, "")}`;
}

const helper = createColumnHelper<typeof activityTableFeatures, ActivityRecord>();

/** Defined once, outside render. Column ids are part of the URL contract (sort=, hide=): never rename. */
export const activityColumns = helper.columns([
  helper.accessor("year", { id: "year", header: () => <ColumnHeader id="year" />, sortFn: "basic" }),
  helper.accessor((activity) => activity.sector?.code ?? "", {
    id: "sector",
    header: () => <ColumnHeader id="sector" />,
    sortFn: "text",
    cell: (context) => <SectorCell activity={context.row.original} />,
  }),
  helper.accessor((activity) => activity.actionLines.map((link) => link.code).join(" "), {
    id: "lines",
    header: () => <ColumnHeader id="lines" />,
    sortFn: "text",
    cell: (context) => <LinesCell activity={context.row.original} />,
  }),
  helper.accessor((activity) => activity.sdgs[0]?.sdg ?? 99, {
    id: "sdgs",
    header: () => <ColumnHeader id="sdgs" />,
    sortFn: "basic",
    cell: (context) => <SdgsCell activity={context.row.original} />,
  }),
  helper.accessor("title", {
    id: "title",
    header: () => <ColumnHeader id="title" />,
    sortFn: "text",
    cell: (context) => <TitleCell activity={context.row.original} />,
  }),
  helper.accessor("summary", {
    id: "summary",
    header: () => <ColumnHeader id="summary" />,
    enableSorting: false,
    cell: (context) => <SummaryCell activity={context.row.original} />,
  }),
  helper.accessor((activity) => firstSourceSortKey(activity), {
    id: "source",
    header: () => <ColumnHeader id="source" />,
    sortFn: "text",
    cell: (context) => <SourceCell activity={context.row.original} />,
  }),
]);

export { ACTIVITY_COLUMN_IDS } from "./column-ids";
