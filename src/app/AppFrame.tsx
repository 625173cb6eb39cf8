import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import {
  ChartHostContext,
  ChartHostPlaceholder,
  type ChartHostProps,
  type ChartHostRenderer,
} from "../components/chart/chart-host-context";
import { useTranslation } from "../i18n/use-translation";
import { chunkComponent } from "../components/chunk-component";
import { PageLoading } from "../components/PageLoading";
import { PanelBoundary } from "../components/PanelBoundary";
import { OfflineNotice } from "../features/data-status/OfflineNotice";
import { NotFoundPage } from "../pages/NotFoundPage";
import { AppDisplay } from "./AppDisplay";
import { useDisplayPreferences } from "../url-state/use-display-preferences";
import { useHashLocation } from "../url-state/use-hash-location";
import { OfflineStatus } from "./offline/OfflineStatus";
import { HeaderTools } from "./HeaderTools";
import { loadActivitiesPage, loadComparePage, loadOverviewPage, loadPresentPage } from "./page-chunks";
import { appQueryClient } from "./query-client";
import { NAV_ROUTES } from "./routes";

// The app's pages draw their charts with echarts-for-react, part of the app's fixed stack.
// Its code (with ECharts) is a chunk that the first chart on a page asks for: the table needs none.
const EChartsReactHost = chunkComponent(
  () => import("../components/chart/EChartsReactHost").then((module) => module.EChartsReactHost),
  ChartHostPlaceholder,
);
const renderEChartsReactHost: ChartHostRenderer = Object.assign(
  (props: ChartHostProps) => <EChartsReactHost {...props} />,
  { preload: EChartsReactHost.preload },
);

/** The app's pages with their query cache and chart host (tests may bring a client of their own). */
export function AppFrame({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? appQueryClient());
  return (
    <QueryClientProvider client={client}>
      <ChartHostContext value={renderEChartsReactHost}>
        <Frame />
      </ChartHostContext>
    </QueryClientProvider>
  );
}

/** The app around its pages: header, navigation, language and display choices, and the current page. */
function Frame() {
  const { path } = useHashLocation();
  const { t } = useTranslation();
  const display = useDisplayPreferences();
  return (
    <AppDisplay display={display}>
      <div className="app">
        <a className="skip-link" href="#main-content" onClick={(event) => skipToMain(event)}>
          {t("app.skipToContent")}
        </a>
        <header className="app-header">
          <div className="app-header__brand">
            <span className="app-header__logo" aria-hidden="true">
              WSIS
            </span>
            <div>
              <p className="app-header__title">{t("app.title")}</p>
              <p className="app-header__subtitle">{t("app.subtitle")}</p>
            </div>
          </div>
          <nav aria-label={t("app.mainNav")}>
            <ul className="app-nav">
              {NAV_ROUTES.map((route) => (
                <li key={route.path}>
                  <a href={`#${route.path}`} aria-current={route.path === path ? "page" : undefined}>
                    {t(route.labelKey)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <HeaderTools display={display} />
        </header>
        <main id="main-content" tabIndex={-1}>
          <OfflineNotice />
          {/* A page that fails shows an error card here; the header and navigation keep working. */}
          <PanelBoundary what={t("panel.thisPage")} resetKey={path}>
            {renderRoute(path)}
          </PanelBoundary>
        </main>
        <OfflineStatus />
      </div>
    </AppDisplay>
  );
}

// Every page loads on first visit (see route-chunks.ts, which main.tsx uses to start them early).
const OverviewPage = chunkComponent(
  () => loadOverviewPage().then((module) => module.OverviewPage),
  PageLoading,
);
/** The overview's chunks, brought in ahead of the first render (the landing view's prerender and hydration). */
export const preloadOverviewPage = () =>
  Promise.all([OverviewPage.preload(), loadOverviewPage().then((module) => module.preloadChartCards())]);

const ActivitiesPage = chunkComponent(
  () => loadActivitiesPage().then((module) => module.ActivitiesPage),
  PageLoading,
);
const ComparePage = chunkComponent(() => loadComparePage().then((module) => module.ComparePage), PageLoading);
const PresentPage = chunkComponent(() => loadPresentPage().then((module) => module.PresentPage), PageLoading);

function renderRoute(path: string) {
  switch (path) {
    case "/":
      return <OverviewPage />;
    case "/activities":
      return <ActivitiesPage />;
    case "/compare":
      return <ComparePage />;
    case "/present":
      return <PresentPage />;
    default:
      return <NotFoundPage path={path} />;
  }
}

/** The hash is the router, so the skip link moves focus itself instead of changing the hash. */
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById("main-content")?.focus();
}
