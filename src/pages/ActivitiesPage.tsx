import { BasisLegend } from "../features/data-status/BasisLegend";
import { DatasetGate } from "../features/data-status/DatasetGate";
import { ActivitiesView } from "../features/activities/ActivitiesView";
import { useFilters } from "../url-state/use-filters";

export function ActivitiesPage() {
  const { filters, dropped, setFilters } = useFilters();
  return (
    <div className="page">
      <div className="page__intro">
        <h1>Activities</h1>
        <p className="lead">
          Every activity behind the numbers, with its links and its source. Filters are shared with the
          overview.
        </p>
      </div>
      <DatasetGate>
        {(dataset) => (
          <>
            <BasisLegend />
            <ActivitiesView
              reference={dataset.reference}
              reports={dataset.reports}
              urlFilters={filters}
              dropped={dropped}
              setFilters={setFilters}
            />
          </>
        )}
      </DatasetGate>
    </div>
  );
}
