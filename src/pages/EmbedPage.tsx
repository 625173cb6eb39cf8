import { useMemo, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { ChartDisplayContext } from "../components/chart/chart-theme";
import { chunkComponent } from "../components/chunk-component";
import { ErrorState } from "../components/ErrorState";
import { PageLoading } from "../components/PageLoading";
import { PanelErrorBoundary } from "../components/PanelErrorBoundary";
import { ACTIVITY_COLUMN_IDS } from "../features/activities/column-ids";
import { embedIssues } from "../features/embed/embed-issues";
import { useTextSearchLoaded } from "../data/use-text-search-ready";
import { EmbedSource } from "../features/embed/EmbedSource";
import { useEmbed } from "../features/embed/use-embed";
import { EMBED_VIEWS } from "../url-state/embed-contract";
import { useFilters } from "../url-state/use-filters";
import type { UrlIssue } from "../url-state/url-issue";

// Each view is its own chunk: an embedded chart never downloads the table or the comparison.
const SingleChartView = chunkComponent(
  () => import("../shared/views/SingleChartView").then((module) => module.SingleChartView),
  PageLoading,
);
const CompareView = chunkComponent(
  () => import("./EmbedCompareView").then((module) => module.EmbedCompareView),
  PageLoading,
);
// Most embed links are whole: the notice and its wording load only when one lost something.
const EmbedNotice = chunkComponent(() =>
  import("../features/embed/EmbedNotice").then((module) => module.EmbedNotice),
);
const ActivitiesTableView = chunkComponent(
  () => import("../features/activities/ActivitiesTableView").then((module) => module.ActivitiesTableView),
  PageLoading,
);

/**
 * #/embed/<view>: one chart or the table, no app chrome, sized by its iframe. It loads the published data
 * without the app's query cache, so that an embedded chart never downloads it (app/start-embed.tsx).
 */
export function EmbedPage() {
  const { t } = useTranslation();
  const { view, requested, params, options, dataset, root, fullViewUrl, openActivity } = useEmbed();
  const { filters, dropped, setFilters } = useFilters();
  const [viewDropped, setViewDropped] = useState<readonly UrlIssue[]>([]);
  const issues = useMemo(
    () =>
      embedIssues({
        view: requested,
        params,
        filters,
        dropped: view === "compare" ? [...dropped, ...viewDropped] : dropped,
        columnIds: ACTIVITY_COLUMN_IDS,
        data:
          dataset.status === "ready"
            ? { reference: dataset.reference, reportYears: dataset.reports.map((report) => report.meta.year) }
            : undefined,
      }),
    [requested, view, params, filters, dropped, viewDropped, dataset],
  );
  const searchLoaded = useTextSearchLoaded(filters.q);

  const body = (() => {
    if (view === null) {
      return (
        <p className="notice notice--warning">
          {t("embed.unknownView", { view: requested, views: EMBED_VIEWS.join(", ") })}
        </p>
      );
    }
    if (dataset.status === "loading" || !searchLoaded) return <PageLoading />;
    if (dataset.status === "error")
      return (
        <ErrorState
          title={dataset.offline ? t("offline.embedLoadFailed") : t("embed.loadFailed")}
          issues={dataset.issues}
          onRetry={dataset.retry}
        />
      );
    if (view === "compare") {
      return (
        <CompareView
          embedded
          reference={dataset.reference}
          reports={dataset.reports}
          urlFilters={filters}
          dropped={[]}
          setFilters={setFilters}
          onDroppedYears={setViewDropped}
        />
      );
    }
    if (view === "activities") {
      return (
        <ActivitiesTableView
          fitToWidth
          reference={dataset.reference}
          reports={dataset.reports}
          urlFilters={filters}
          onOpen={openActivity}
        />
      );
    }
    return (
      <SingleChartView
        view={view}
        reference={dataset.reference}
        reports={dataset.reports}
        urlFilters={filters}
        setFilters={setFilters}
        viewParams={params}
      />
    );
  })();

  return (
    <ChartDisplayContext.Provider
      value={{
        tone: options.theme,
        showLegend: options.legend,
        showTitle: options.title,
        pattern: options.pattern,
      }}
    >
      <div ref={root} className="embed">
        {issues.length > 0 ? <EmbedNotice key={params.toString()} issues={issues} /> : null}
        <PanelErrorBoundary what={t("panel.thisView")} resetKey={requested}>
          {body}
        </PanelErrorBoundary>
        <EmbedSource dataset={dataset} fullViewUrl={fullViewUrl} />
      </div>
    </ChartDisplayContext.Provider>
  );
}
