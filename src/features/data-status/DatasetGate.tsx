import type { ReactNode } from "react";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { useDataset, type DatasetState } from "../../data/use-dataset";
import { CompiledDataNotice } from "./CompiledDataNotice";
import { PrintFooter } from "./PrintFooter";
import { ReportFailures } from "./ReportFailures";
import { UserDataNotice } from "./UserDataNotice";

export type ReadyDataset = Extract<DatasetState, { status: "ready" }>;

/**
 * Every page that shows data goes through here: one loading state, one error state, and the notices
 * on what the data is and which reports failed, above whatever the page renders.
 */
export function DatasetGate({ children }: { children: (dataset: ReadyDataset) => ReactNode }) {
  const dataset = useDataset();
  if (dataset.status === "loading") return <LoadingState label="Loading the WSIS reports…" />;
  if (dataset.status === "error") {
    return (
      <ErrorState
        title={
          dataset.offline
            ? "You appear to be offline: the dashboard data could not be loaded"
            : "The dashboard data could not be loaded"
        }
        issues={dataset.issues}
        onRetry={dataset.retry}
      />
    );
  }
  return (
    <>
      <CompiledDataNotice reports={dataset.reports} />
      <UserDataNotice reports={dataset.reports} userData={dataset.userData} />
      <ReportFailures failures={dataset.failures} />
      {children(dataset)}
      <PrintFooter reference={dataset.reference} reports={dataset.reports} />
    </>
  );
}
