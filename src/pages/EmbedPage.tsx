import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { ChartDisplayContext } from "../components/chart/chart-theme";
import { chunkComponent } from "../components/chunk-component";
import { ErrorState } from "../components/ErrorState";
import { PageLoading } from "../components/PageLoading";
import { PanelBoundary } from "../components/PanelBoundary";
import { useDataset } from "../data/use-dataset";

import { ACTIVITY_COLUMN_IDS } from "../features/activities/column-ids";
import { embedIssues } from "../features/embed/embed-issues";
import { EMBED_VIEWS, fullViewPath, isEmbedView } from "../features/embed/embed-views";
import { usePostHeight } from "../features/embed/use-post-height";
import { formatHash } from "../url-state/hash-location";
import { EMBED_PARAMS, parseEmbedOptions } from "../url-state/embed-options";
import { useFilters } from "../url-state/use-filters";
import { useHashLocation } from "../url-state/use-hash-location";
import type { UrlIssue } from "../url-state/url-issue";

// Each view is its own chunk: an embedded chart never downloads the table or the comparison.
const SingleChartView = chunkComponent(
  () => import("../features/overview/SingleChartView").then((module) => module.SingleChartView),
  PageLoading,
);
const CompareView = chunkComponent(
  () => import("../features/compare/CompareView").then((module) => module.CompareView),
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

/** #/embed/<view>: one chart or the table, no app chrome, sized by its iframe. */
export function EmbedPage() {
  const location = useHashLocation();
  const { t } = useTranslation();
  const view = location.path.replace(/^\/embed\//, "");
  const options = useMemo(() => parseEmbedOptions(location.params), [location.params]);
  const { filters, dropped, setFilters } = useFilters();
  const [viewDropped, setViewDropped] = useState<readonly UrlIssue[]>([]);
  const dataset = useDataset({ includeUserData: false });
  const issues = useMemo(
    () =>
      embedIssues({
        view,
        params: location.params,
        filters,
        dropped: view === "compare" ? [...dropped, ...viewDropped] : dropped,
        columnIds: ACTIVITY_COLUMN_IDS,
        data:
          dataset.status === "ready"
            ? { reference: dataset.reference, reportYears: dataset.reports.map((report) => report.meta.year) }
            : undefined,
      }),
    [view, location.params, filters, dropped, viewDropped, dataset],
  );
  const root = useRef<HTMLDivElement>(null);
  usePostHeight(root, view);

  // The embed owns the whole document: its theme and background are the page's.
  useEffect(() => {
    document.documentElement.dataset.embed = "true";
    document.documentElement.dataset.theme = options.theme;
    document.documentElement.dataset.background = options.background;
  }, [options.theme, options.background]);

  const fullViewUrl = useMemo(() => {
    // Embed-only options stay behind; the filters and the language (lang) carry over to the full view.
    const params = [...location.params].filter(
      ([key]) => key === "lang" || !(EMBED_PARAMS as readonly string[]).includes(key),
    );
    const path = isEmbedView(view) ? fullViewPath(view) : "/";
    return `${window.location.origin}${window.location.pathname}${formatHash(path, params)}`;
  }, [location.params, view]);

  const body = (() => {
    if (!isEmbedView(view)) {
      return (
        <p className="notice notice--warning">
          {t("embed.unknownView", { view, views: EMBED_VIEWS.join(", ") })}
        </p>
      );
    }
    if (dataset.status === "loading") return <PageLoading />;
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
          onOpen={(id) =>
            window.open(
              `${fullViewUrl.replace(/#.*$/, "")}#/activities?activity=${encodeURIComponent(id)}`,
              "_blank",
              "noopener",
            )
          }
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
        viewParams={location.params}
      />
    );
  })();

  const years = dataset.status === "ready" ? dataset.reports.map((report) => report.meta.year) : [];
  const compiled =
    dataset.status === "ready" && dataset.reports.some((report) => report.meta.kind === "compiled");
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
        {issues.length > 0 ? <EmbedNotice key={location.params.toString()} issues={issues} /> : null}
        <PanelBoundary what={t("panel.thisView")} resetKey={view}>
          {body}
        </PanelBoundary>
        <p className="embed__source">
          {compiled ? t("embed.sourceCompiled") : t("embed.source")}
          {years.length > 0 ? ` (${Math.min(...years)}–${Math.max(...years)})` : ""}.{" "}
          <a href={fullViewUrl} target="_blank" rel="noopener noreferrer">
            {t("embed.open")}
          </a>
        </p>
      </div>
    </ChartDisplayContext.Provider>
  );
}
