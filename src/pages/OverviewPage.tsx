import { ErrorState } from "../components/ErrorState";
import { LoadingState } from "../components/LoadingState";
import { useDataset } from "../data/use-dataset";
import { BasisLegend } from "../features/data-status/BasisLegend";
import { CompiledDataNotice } from "../features/data-status/CompiledDataNotice";
import { ReportFailures } from "../features/data-status/ReportFailures";
import { OverviewView } from "../features/overview/OverviewView";
import { useFilters } from "../url-state/use-filters";

export function OverviewPage() {
  const dataset = useDataset();
  const { filters, dropped, setFilters } = useFilters();

  if (dataset.status === "loading") return <LoadingState label="Loading the WSIS reports…" />;
  if (dataset.status === "error") {
    return (
      <ErrorState
        title="The dashboard data could not be loaded"
        issues={dataset.issues}
        onRetry={dataset.retry}
      />
    );
  }
  return (
    <div className="page">
      <div className="page__intro">
        <h1>ITU&apos;s contribution to the WSIS outcomes</h1>
        <p className="lead">
          {dataset.reports.length} report years, {dataset.reports[0]?.meta.year}–
          {dataset.reports.at(-1)?.meta.year}. Filter with the controls below or click any bar, cell or tile.
        </p>
      </div>
      <CompiledDataNotice reports={dataset.reports} />
      <ReportFailures failures={dataset.failures} />
      <OverviewView
        reference={dataset.reference}
        reports={dataset.reports}
        urlFilters={filters}
        dropped={dropped}
        setFilters={setFilters}
      />
      <BasisLegend />
    </div>
  );
}
