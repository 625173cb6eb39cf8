import { useCallback, useMemo } from "react";
import { PanelBoundary } from "../../components/PanelBoundary";
import { useTranslation } from "../../i18n/use-translation";
import { useFormat } from "../../i18n/use-format";
import { useFilteredActivities } from "../../data/use-filtered-activities";
import { facetCountsFromIndex } from "../../domain/facet-index-counts";
import type { FilterState } from "../../domain/filter-state";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import type { DroppedParam } from "../../url-state/filter-params";
import {
  DEFAULT_SORT,
  RELEVANCE_SORT,
  TABLE_PARAMS,
  parseTableParams,
  serializeTableParams,
  type TableParams,
} from "../../url-state/table-params";
import { urlIssue } from "../../url-state/url-issue";
import { useHashLocation } from "../../url-state/use-hash-location";
import { useUrlParamsWriter } from "../../url-state/use-url-params";
import { FilterBar } from "../../shared/filters/FilterBar";
import { UrlNotices } from "../../shared/filters/UrlNotices";
import { ActivitiesTable } from "./ActivitiesTable";
import { ActivityDetail } from "./ActivityDetail";
import { DetailDialog } from "./DetailDialog";
import { useMediaQuery } from "../../url-state/use-display-preferences";
import { ColumnMenu } from "./ColumnMenu";
import { ACTIVITY_COLUMN_IDS } from "./columns";
import { ExportButtons } from "./ExportButtons";
import { DownloadDocxButton } from "../../shared/document/DownloadDocxButton";
import { exportFileName } from "../../domain/export-file-name";
import { OpenActivityContext } from "./open-activity-context";
import { ReferenceContext } from "./reference-context";
import { describeSort } from "./sort-label";
import { SearchQueryContext } from "./search-query-context";
import { useActivitiesTable } from "./use-activities-table";

interface ActivitiesViewProps {
  reference: Reference;
  reports: readonly Report[];
  urlFilters: FilterState;
  dropped: readonly DroppedParam[];
  setFilters: (next: FilterState) => void;
}

const TABLE_KEYS = Object.values(TABLE_PARAMS);
const PHONE_QUERY = "(max-width: 720px)";

export function ActivitiesView({ reference, reports, urlFilters, dropped, setFilters }: ActivitiesViewProps) {
  const location = useHashLocation();
  const { tableParams, droppedTable } = useMemo(() => {
    const droppedTable: DroppedParam[] = [];
    return {
      tableParams: parseTableParams(location.params, ACTIVITY_COLUMN_IDS, droppedTable),
      droppedTable,
    };
  }, [location.params]);
  const { all, index, reportYears, filters, unknown, filtered, byRelevance } = useFilteredActivities(
    reference,
    reports,
    urlFilters,
    tableParams.sort.id === RELEVANCE_SORT ? "relevance" : "loaded",
  );
  const { t } = useTranslation();
  const format = useFormat();
  const facets = useMemo(() => facetCountsFromIndex(index, filters), [index, filters]);
  const writeTableParams = useUrlParamsWriter(TABLE_KEYS);
  const setTableParams = useCallback(
    (next: TableParams, options?: { replace?: boolean }) =>
      writeTableParams(serializeTableParams(next), options),
    [writeTableParams],
  );
  // sort=relevance without a query shows the default order.
  const shownSort = byRelevance || tableParams.sort.id !== RELEVANCE_SORT ? tableParams.sort : DEFAULT_SORT;
  const table = useActivitiesTable(filtered, shownSort, tableParams.hidden, (sort) =>
    setTableParams({ ...tableParams, sort }),
  );
  const openActivity = useCallback(
    (id: string) => setTableParams({ ...tableParams, activity: id }),
    [setTableParams, tableParams],
  );
  const detail = tableParams.activity
    ? all.find((activity) => activity.id === tableParams.activity)
    : undefined;
  const allDropped = useMemo(
    () => [
      ...dropped,
      ...droppedTable,
      ...(tableParams.activity && !detail
        ? [urlIssue("activity", TABLE_PARAMS.activity, tableParams.activity)]
        : []),
    ],
    [dropped, droppedTable, tableParams.activity, detail],
  );
  // Narrow screens have no room for a side panel: the detail becomes a modal dialog (DetailDialog).
  const phone = useMediaQuery(PHONE_QUERY);

  const detailPanel = (activity: (typeof all)[number]) => (
    <ActivityDetail
      activity={activity}
      reference={reference}
      onClose={() => setTableParams({ ...tableParams, activity: undefined })}
    />
  );

  return (
    <ReferenceContext.Provider value={reference}>
      <SearchQueryContext.Provider value={filters.q}>
        <OpenActivityContext.Provider value={openActivity}>
          <UrlNotices dropped={allDropped} unknown={unknown} />
          <FilterBar
            filters={filters}
            reference={reference}
            reportYears={reportYears}
            facets={facets}
            onChange={setFilters}
          />
          <div className="table-toolbar">
            <p className="result-count" role="status" aria-live="polite">
              <strong data-testid="activity-count">{format.number(filtered.length)}</strong>{" "}
              {t("activities.count", { count: filtered.length })}
              {filtered.length === all.length ? "" : ` ${t("activities.ofTotal", { total: all.length })}`}
            </p>
            <div className="table-toolbar__actions">
              {filters.q.trim() !== "" ? (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-pressed={byRelevance}
                  onClick={() =>
                    setTableParams({
                      ...tableParams,
                      sort: byRelevance ? { ...DEFAULT_SORT } : { id: RELEVANCE_SORT, desc: false },
                    })
                  }
                >
                  {t("activities.relevanceToggle")}
                </button>
              ) : null}
              <ColumnMenu
                table={table}
                hidden={tableParams.hidden}
                onChange={(hidden) => setTableParams({ ...tableParams, hidden })}
              />
              <ExportButtons table={table} filters={filters} />
              <DownloadDocxButton
                request={() => ({
                  kind: "activities",
                  reference,
                  reports,
                  filters,
                  activities: table.getRowModel().rows.map((row) => row.original),
                  link: window.location.href,
                  fileName: exportFileName("wsis-activities", filters, "docx"),
                })}
              />
            </div>
          </div>
          {tableParams.activity && !detail ? (
            <p className="notice notice--warning">
              {t("activities.unknownId", { id: tableParams.activity })}
            </p>
          ) : null}
          <div className={detail ? "activities-layout has-detail" : "activities-layout"}>
            {filtered.length === 0 ? (
              <section className="state-card">
                <h2>{t("overview.emptyTitle")}</h2>
                <p>{t("overview.emptyBody")}</p>
              </section>
            ) : (
              <PanelBoundary what={t("panel.table")}>
                <ActivitiesTable table={table} sortLabel={describeSort(t, shownSort, byRelevance)} />
              </PanelBoundary>
            )}
            {detail ? (
              <PanelBoundary what={t("panel.detail")} resetKey={detail.id}>
                {phone ? (
                  <DetailDialog labelledBy="activity-detail-title">{detailPanel(detail)}</DetailDialog>
                ) : (
                  detailPanel(detail)
                )}
              </PanelBoundary>
            ) : null}
          </div>
        </OpenActivityContext.Provider>
      </SearchQueryContext.Provider>
    </ReferenceContext.Provider>
  );
}
