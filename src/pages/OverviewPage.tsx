import { useTranslation } from "../i18n/use-translation";
import { ChartActionsContext } from "../components/chart/chart-actions";
import { BasisLegend } from "../features/data-status/BasisLegend";
import { DatasetGate } from "../features/data-status/DatasetGate";
import { OverviewView } from "../features/overview/OverviewView";
import { shareCaption } from "../features/share/share-caption";
import { ShareMenu } from "../features/share/ShareMenu";
import { activitiesInView } from "../features/document/activities-in-view";
import { DownloadDocxButton } from "../features/document/DownloadDocxButton";
import type { DocumentRequest } from "../features/document/view-documents";
import type { ReadyDataset } from "../features/data-status/DatasetGate";
import type { FilterState } from "../domain/filter-state";
import { exportFileName } from "../domain/export-file-name";
import { useFilters } from "../url-state/use-filters";
import { useHashLocation } from "../url-state/use-hash-location";

const CHART_DOCUMENTS = ["sectors", "sdgs", "action-lines", "matrix", "trend"] as const;

/** The overview (or one of its charts) as a Word document of the activities in view. */
function overviewDocument(
  dataset: ReadyDataset,
  urlFilters: FilterState,
  chart?: string,
): () => DocumentRequest {
  return () => {
    const { filters, activities } = activitiesInView(dataset.reference, dataset.reports, urlFilters);
    const base = { reference: dataset.reference, reports: dataset.reports, filters, activities };
    const link = window.location.href;
    const single = CHART_DOCUMENTS.find((name) => name === chart);
    return single ? { ...base, link, kind: "chart", chart: single } : { ...base, link, kind: "overview" };
  };
}

export function OverviewPage() {
  const { filters, dropped, setFilters } = useFilters();
  const { params } = useHashLocation();
  const { t } = useTranslation();
  return (
    <div className="page">
      <div className="page__intro">
        <h1>{t("overview.heading")}</h1>
        <p className="lead">{t("overview.lead")}</p>
      </div>
      <DatasetGate>
        {(dataset) => (
          <ChartActionsContext.Provider
            value={(chart) => (
              <ShareMenu
                chart={chart}
                caption={shareCaption(filters, dataset.reference, dataset.reports)}
                params={params}
                fileStem={exportFileName(`wsis-${chart.view}`, filters, "x").replace(/\.x$/, "")}
                extra={
                  <DownloadDocxButton className="" request={overviewDocument(dataset, filters, chart.view)} />
                }
              />
            )}
          >
            <div className="document-actions">
              <DownloadDocxButton request={overviewDocument(dataset, filters)} />
            </div>
            <OverviewView
              reference={dataset.reference}
              reports={dataset.reports}
              urlFilters={filters}
              dropped={dropped}
              setFilters={setFilters}
            />
            <BasisLegend />
          </ChartActionsContext.Provider>
        )}
      </DatasetGate>
    </div>
  );
}
