import { DatasetGate } from "../features/data-status/DatasetGate";
import { CompareView } from "../features/compare/CompareView";
import { useFilters } from "../url-state/use-filters";

export function ComparePage() {
  const { filters, dropped, setFilters } = useFilters();
  return (
    <div className="page">
      <div className="page__intro">
        <h1>Compare years</h1>
        <p className="lead">
          What changed between two years: activities by sector, action line and SDG, the initiatives that are
          new, continued or no longer reported, ITU&apos;s roles and the yearly indicators.
        </p>
      </div>
      <DatasetGate>
        {(dataset) => (
          <CompareView
            reference={dataset.reference}
            reports={dataset.reports}
            urlFilters={filters}
            dropped={dropped}
            setFilters={setFilters}
          />
        )}
      </DatasetGate>
    </div>
  );
}
