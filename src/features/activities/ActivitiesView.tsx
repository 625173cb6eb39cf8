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
import { DetailDialog } from "./DetailDialog";
import { useMediaQuery } from "../../url-state/use-display-preferences";
import { ColumnMenu } from "./ColumnMenu";
import { ACTIVITY_COLUMN_IDS } from "./columns";
import { isActivityColumnId } from "./ColumnHeader";
import { ExportButtons } from "./ExportButtons";
import { OpenActivityContext } from "./open-activity-context";
import { ReferenceContext } from "./reference-context";
import { useActivitiesTable } from "./use-activities-table";
import "../../i18n/english/activities";

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
  const { all, index, reportYears, filters, unknown, filtered } = useFilteredActivities(
    reference,
    reports,
    urlFilters,
  );
  const { t } = useTranslation();
  const format = useFormat();
  const facets = useMemo(() => facetCountsFromIndex(index, filters), [index, filters]);

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
  // Narrow screens have no room for a side panel: the detail becomes a modal dialog (DetailDialog).
  const phone = useMediaQuery(PHONE_QUERY);
  const sortColumn = table.getAllLeafColumns().find((column) => column.id === tableParams.sort.id);

  const detailPanel = (activity: (typeof all)[number]) => (
    <ActivityDetail
      activity={activity}
      reference={reference}
      onClose={() => setTableParams({ ...tableParams, activity: undefined })}
    />
  );

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
            <strong data-testid="activity-count">{format.number(filtered.length)}</strong>{" "}
            {t("activities.count", { count: filtered.length })}
            {filtered.length === all.length ? "" : ` ${t("activities.ofTotal", { total: all.length })}`}
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
          <p className="notice notice--warning">{t("activities.unknownId", { id: tableParams.activity })}</p>
        ) : null}
        <div className={detail ? "activities-layout has-detail" : "activities-layout"}>
          {filtered.length === 0 ? (
            <section className="state-card">
              <h2>{t("overview.emptyTitle")}</h2>
              <p>{t("overview.emptyBody")}</p>
            </section>
          ) : (
            <PanelBoundary what={t("panel.table")}>
              <ActivitiesTable
                table={table}
                sortLabel={t(
                  tableParams.sort.desc ? "activities.sortDescending" : "activities.sortAscending",
                  {
                    column:
                      sortColumn && isActivityColumnId(sortColumn.id)
                        ? t(`activities.column.${sortColumn.id}`)
                        : tableParams.sort.id,
                  },
                )}
              />
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
    </ReferenceContext.Provider>
  );
}
