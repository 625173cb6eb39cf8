import { useMemo, useState, type ComponentProps, type ComponentType } from "react";
import { useTranslation } from "../i18n/use-translation";
import { renderEChartsHost } from "../components/chart/chart-host";
import { ChartHostContext } from "../components/chart/chart-host-context";
import { ChartDisplayContext } from "../components/chart/chart-theme";
import { chunkComponent } from "../components/chunk-component";
import { PageLoading } from "../components/PageLoading";
import { PanelErrorBoundary } from "../components/PanelErrorBoundary";
import type { ActivitiesTableView } from "../features/activities/ActivitiesTableView";
import { ACTIVITY_COLUMN_IDS } from "../features/activities/column-ids";
import type { CompareView } from "../features/compare/CompareView";
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
// The data's failure card loads only when the data failed: the first chart does not wait for it.
const ErrorState = chunkComponent(() =>
  import("../components/ErrorState").then((module) => module.ErrorState),
);
// Most embed links are whole: the notice and its wording load only when one lost something.
const EmbedNotice = chunkComponent(() =>
  import("../features/embed/EmbedNotice").then((module) => module.EmbedNotice),
);

/** The embeds that use the app's stack (react-table, the indicators' queries): the app hands them in. */
export interface AppEmbedViews {
  compare: ComponentType<ComponentProps<typeof CompareView>>;
  activities: ComponentType<ComponentProps<typeof ActivitiesTableView>>;
}

/**
 * #/embed/<view>: one chart or the table, no app chrome, sized by its iframe. It loads the published data
 * without the app's query cache. A chart's embed starts without the app (app/start-embed.tsx); the table
 * and the comparison start with it, which gives them `appViews`.
 */
export function EmbedPage({ appViews }: { appViews?: AppEmbedViews }) {
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
    if (view === "compare" || view === "activities") {
      if (!appViews) return <PageLoading />;
      const { compare: Comparison, activities: ActivityTable } = appViews;
      if (view === "compare") {
        return (
          <Comparison
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
      return (
        <ActivityTable
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

  // The plain chart host: an embed draws without echarts-for-react, which comes with the app's frame.
  return (
    <ChartHostContext value={renderEChartsHost}>
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
    </ChartHostContext>
  );
}
