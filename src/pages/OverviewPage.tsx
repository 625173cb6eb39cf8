import { BasisLegend } from "../features/data-status/BasisLegend";
import { DatasetGate } from "../features/data-status/DatasetGate";
import { OverviewView } from "../features/overview/OverviewView";
import { useFilters } from "../url-state/use-filters";

export function OverviewPage() {
  const { filters, dropped, setFilters } = useFilters();
  return (
    <div className="page">
      <div className="page__intro">
        <h1>ITU&apos;s contribution to the WSIS outcomes</h1>
        <p className="lead">
          Activities by sector, WSIS action line, SDG and year. Filter with the controls below or click any
          bar, cell or tile.
        </p>
      </div>
      <DatasetGate>
        {(dataset) => (
          <>
            <OverviewView
              reference={dataset.reference}
              reports={dataset.reports}
              urlFilters={filters}
              dropped={dropped}
              setFilters={setFilters}
            />
            <BasisLegend />
          </>
        )}
      </DatasetGate>
    </div>
  );
}
