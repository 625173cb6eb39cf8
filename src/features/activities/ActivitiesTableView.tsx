import { useMemo, useState } from "react";
import { useElementWidth } from "../../components/use-element-width";
import { useTranslation } from "../../i18n/use-translation";
import { useFormat } from "../../i18n/use-format";
import { useFilteredActivities } from "../../data/use-filtered-activities";
import type { FilterState } from "../../domain/filter-state";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import { DEFAULT_SORT, RELEVANCE_SORT, parseTableParams } from "../../url-state/table-params";
import { useHashLocation } from "../../url-state/use-hash-location";
import { ActivitiesTable } from "./ActivitiesTable";
import { columnsToHide } from "./fit-columns";
import { ACTIVITY_COLUMN_IDS } from "./columns";
import { OpenActivityContext } from "./open-activity-context";
import { ReferenceContext } from "./reference-context";
import { describeSort } from "./sort-label";
import { SearchQueryContext } from "./search-query-context";
import { useActivitiesTable } from "./use-activities-table";

interface ActivitiesTableViewProps {
  reference: Reference;
  reports: readonly Report[];
  urlFilters: FilterState;
  /** Where a title click leads; embeds open the full dashboard's detail in a new tab. */
  onOpen: (id: string) => void;
  /** Hide the least important columns until the rest fit the width (embeds). */
  fitToWidth?: boolean;
}

/** The activities table alone, with the URL's filters, sort and columns: for embeds and slides. */
export function ActivitiesTableView({
  reference,
  reports,
  urlFilters,
  onOpen,
  fitToWidth = false,
}: ActivitiesTableViewProps) {
  const location = useHashLocation();
  const { t } = useTranslation();
  const format = useFormat();
  const tableParams = useMemo(
    () => parseTableParams(location.params, ACTIVITY_COLUMN_IDS),
    [location.params],
  );
  const { filtered, filters, byRelevance } = useFilteredActivities(
    reference,
    reports,
    urlFilters,
    tableParams.sort.id === RELEVANCE_SORT ? "relevance" : "loaded",
  );
  const shownSort = byRelevance || tableParams.sort.id !== RELEVANCE_SORT ? tableParams.sort : DEFAULT_SORT;
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const width = useElementWidth(fitToWidth ? root : null);
  const hidden = useMemo(
    () =>
      width === null
        ? tableParams.hidden
        : [...tableParams.hidden, ...columnsToHide(width, tableParams.hidden)],
    [width, tableParams.hidden],
  );
  // Sorting in an embed stays local to the table: an embed has no history worth writing to.
  const table = useActivitiesTable(filtered, shownSort, hidden, () => undefined);
  return (
    <div ref={setRoot} className="activities-table-view">
      <ReferenceContext.Provider value={reference}>
        <SearchQueryContext.Provider value={filters.q}>
          <OpenActivityContext.Provider value={onOpen}>
            <p className="result-count">
              <strong data-testid="activity-count">{format.number(filtered.length)}</strong>{" "}
              {t("activities.count", { count: filtered.length })}
            </p>
            <ActivitiesTable table={table} sortLabel={describeSort(t, shownSort, byRelevance)} />
          </OpenActivityContext.Provider>
        </SearchQueryContext.Provider>
      </ReferenceContext.Provider>
    </div>
  );
}
