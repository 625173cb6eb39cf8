import { useMemo } from "react";
import { ErrorState } from "../components/ErrorState";
import { LoadingState } from "../components/LoadingState";
import { useDataset } from "../data/use-dataset";
import { flattenReports } from "../domain/activity-record";
import { BasisLegend } from "../features/data-status/BasisLegend";
import { CompiledDataNotice } from "../features/data-status/CompiledDataNotice";
import { ReportFailures } from "../features/data-status/ReportFailures";
import { YearSummaryTable } from "../features/data-status/YearSummaryTable";

export function OverviewPage() {
  const dataset = useDataset();
  const reports = dataset.status === "ready" ? dataset.reports : undefined;
  const activities = useMemo(() => flattenReports(reports ?? []), [reports]);

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
      <h1>ITU&apos;s contribution to the WSIS outcomes</h1>
      <p className="lead">
        <strong data-testid="activity-count">{activities.length.toLocaleString("en")}</strong> activities in{" "}
        {dataset.reports.length} report years
      </p>
      <CompiledDataNotice reports={dataset.reports} />
      <ReportFailures failures={dataset.failures} />
      <YearSummaryTable activities={activities} sectors={dataset.reference.sectors} />
      <BasisLegend />
    </div>
  );
}
