import { useTable, type SortingState } from "@tanstack/react-table";
import { useMemo } from "react";
import type { ActivityRecord } from "../../domain/activity-record";
import { RELEVANCE_SORT } from "../../url-state/table-params";
import { activityColumns } from "./columns";
import { activityTableFeatures } from "./table-features";

export interface ColumnSort {
  id: string;
  desc: boolean;
}

/** The table state is the URL's: sorting and hidden columns come in, changes go out through onSortChange. */
export function useActivitiesTable(
  rows: readonly ActivityRecord[],
  sort: ColumnSort,
  hidden: readonly string[],
  onSortChange: (sort: ColumnSort) => void,
) {
  // Rows sorted by relevance come in that order: the table leaves them as they are.
  const sorting = useMemo<SortingState>(
    () => (sort.id === RELEVANCE_SORT ? [] : [{ id: sort.id, desc: sort.desc }]),
    [sort.id, sort.desc],
  );
  const columnVisibility = useMemo(() => Object.fromEntries(hidden.map((id) => [id, false])), [hidden]);
  const data = useMemo(() => [...rows], [rows]);
  return useTable({
    features: activityTableFeatures,
    columns: activityColumns,
    data,
    getRowId: (row) => row.id,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      onSortChange(first ? { id: first.id, desc: first.desc } : { id: sort.id, desc: !sort.desc });
    },
    enableSortingRemoval: false,
  });
}

export type ActivitiesTableInstance = ReturnType<typeof useActivitiesTable>;
