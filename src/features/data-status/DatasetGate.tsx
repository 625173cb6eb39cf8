import type { ReactNode } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import type { DatasetState } from "../../data/use-dataset";
import { useLocalizedDataset } from "../../shared/dataset/use-localized-dataset";
import { useTextSearchLoaded } from "../../data/use-text-search-ready";
import { useFilters } from "../../url-state/use-filters";
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
  const { t } = useTranslation();
  const dataset = useLocalizedDataset();
  // A query's numbers wait for the text search, so that no count is shown without the query meanwhile.
  const searchLoaded = useTextSearchLoaded(useFilters().filters.q);
  if (dataset.status === "loading" || !searchLoaded) return <LoadingState label={t("dataStatus.loading")} />;
  if (dataset.status === "error") {
    return (
      <ErrorState
        title={dataset.offline ? t("offline.loadFailed") : t("dataStatus.loadFailed")}
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
