import { useCallback, useMemo } from "react";
import { PanelBoundary } from "../../components/PanelBoundary";
import { useFilteredActivities } from "../../data/use-filtered-activities";
import { computeFacetCounts } from "../../domain/facets";
import type { FilterState } from "../../domain/filter-state";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import type { DroppedParam } from "../../url-state/filter-params";
import {
  TABLE_PARAMS,
  parseTableParams,
  serializeTableParams,
  type TableParams,
} from "../../url-state/table-params";
import { useHashLocation } from "../../url-state/use-hash-location";
import { useUrlParamsWriter } from "../../url-state/use-url-params";
import { FilterBar } from "../filters/FilterBar";
import { UrlNotices } from "../filters/UrlNotices";
import { ActivitiesTable } from "./ActivitiesTable";
import { ActivityDetail } from "./ActivityDetail";
import { ColumnMenu } from "./ColumnMenu";
import { ACTIVITY_COLUMN_IDS } from "./columns";
import { ExportButtons } from "./ExportButtons";
import { OpenActivityContext } from "./open-activity-context";
import { ReferenceContext } from "./reference-context";
import { useActivitiesTable } from "./use-activities-table";

interface ActivitiesViewProps {
  reference: Reference;
  reports: readonly Report[];
  urlFilters: FilterState;
  dropped: readonly DroppedParam[];
  setFilters: (next: FilterState) => void;
}

const TABLE_KEYS = Object.values(TABLE_PARAMS);

export function ActivitiesView({ reference, reports, urlFilters, dropped, setFilters }: ActivitiesViewProps) {
  const { all, reportYears, filters, unknown, filtered } = useFilteredActivities(
    reference,
    reports,
    urlFilters,
  );
  const facets = useMemo(() => computeFacetCounts(all, filters), [all, filters]);

  const location = useHashLocation();
  const tableParams = useMemo(
    () => parseTableParams(location.params, ACTIVITY_COLUMN_IDS),
    [location.params],
  );
  const writeTableParams = useUrlParamsWriter(TABLE_KEYS);
  const setTableParams = useCallback(
    (next: TableParams, options?: { replace?: boolean }) =>
      writeTableParams(serializeTableParams(next), options),
    [writeTableParams],
  );
  const table = useActivitiesTable(filtered, tableParams.sort, tableParams.hidden, (sort) =>
    setTableParams({ ...tableParams, sort }),
  );
  const openActivity = useCallback(
    (id: string) => setTableParams({ ...tableParams, activity: id }),
    [setTableParams, tableParams],
  );
  const detail = tableParams.activity
    ? all.find((activity) => activity.id === tableParams.activity)
    : undefined;
  const sortColumn = table.getAllLeafColumns().find((column) => column.id === tableParams.sort.id);

  return (
    <ReferenceContext.Provider value={reference}>
      <OpenActivityContext.Provider value={openActivity}>
        <UrlNotices dropped={dropped} unknown={unknown} />
        <FilterBar
          filters={filters}
          reference={reference}
          reportYears={reportYears}
          facets={facets}
          onChange={setFilters}
        />
        <div className="table-toolbar">
          <p className="result-count" role="status" aria-live="polite">
            <strong data-testid="activity-count">{filtered.length.toLocaleString("en")}</strong>{" "}
            {filtered.length === 1 ? "activity" : "activities"}
            {filtered.length === all.length ? "" : ` of ${all.length.toLocaleString("en")}`}
          </p>
          <div className="table-toolbar__actions">
            <ColumnMenu
              table={table}
              hidden={tableParams.hidden}
              onChange={(hidden) => setTableParams({ ...tableParams, hidden })}
            />
            <ExportButtons table={table} filters={filters} />
          </div>
        </div>
        {tableParams.activity && !detail ? (
          <p className="notice notice--warning">
            No activity with the id “{tableParams.activity}” is loaded.
          </p>
        ) : null}
        <div className={detail ? "activities-layout has-detail" : "activities-layout"}>
          {filtered.length === 0 ? (
            <section className="state-card">
              <h2>No activities match these filters</h2>
              <p>Remove a filter above, or clear them all, to see activities again.</p>
            </section>
          ) : (
            <PanelBoundary what="The table of activities">
              <ActivitiesTable
                table={table}
                sortLabel={`${String(sortColumn?.columnDef.header ?? tableParams.sort.id)}, ${tableParams.sort.desc ? "descending" : "ascending"}`}
              />
            </PanelBoundary>
          )}
          {detail ? (
            <PanelBoundary what="The activity's details" resetKey={detail.id}>
              <ActivityDetail
                activity={detail}
                reference={reference}
                onClose={() => setTableParams({ ...tableParams, activity: undefined })}
              />
            </PanelBoundary>
          ) : null}
        </div>
      </OpenActivityContext.Provider>
    </ReferenceContext.Provider>
  );
}
