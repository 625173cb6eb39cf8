import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { ChartActionsContext, type ShareableChart } from "../components/chart/chart-actions";
import { BasisLegend } from "../features/data-status/BasisLegend";
import { DatasetGate } from "../features/data-status/DatasetGate";
import { OverviewView } from "../features/overview/OverviewView";
import { ShareMenu } from "../features/share/ShareMenu";
import { chunkComponent } from "../components/chunk-component";
import { useFilters } from "../url-state/use-filters";
import { useHashLocation } from "../url-state/use-hash-location";

/** The overview's cards that are chunks of their own, brought in ahead of a prerender and its hydration. */
export { preloadChartCards } from "../shared/views/chart-views";
export { startLanding } from "./overview-hydration";

// The Word entries of each chart's Share menu load when the menu opens.
const ChartShareDocx = chunkComponent(() =>
  import("../shared/document/ChartShareDocx").then((module) => module.ChartShareDocx),
);

export function OverviewPage() {
  const { filters, dropped, setFilters } = useFilters();
  const { params } = useHashLocation();
  const { t } = useTranslation();
  const [drawn] = useState(() => new Map<string, ShareableChart>());
  return (
    <div className="page">
      <div className="page__intro">
        <h1>{t("overview.heading")}</h1>
        <p className="lead">{t("overview.lead")}</p>
      </div>
      <DatasetGate>
        {(dataset) => (
          <ChartActionsContext.Provider
            value={(chart) => {
              drawn.set(chart.view, chart);
              return (
                <ShareMenu
                  chart={chart}
                  filters={filters}
                  reference={dataset.reference}
                  reports={dataset.reports}
                  params={params}
                  extra={
                    <ChartShareDocx
                      reference={dataset.reference}
                      reports={dataset.reports}
                      urlFilters={filters}
                      drawn={drawn}
                      chart={chart}
                    />
                  }
                />
              );
            }}
          >
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
