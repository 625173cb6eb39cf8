import { isEmbedView } from "../url-state/embed-contract";
import { parseHash } from "../url-state/hash-location";
import { loadActivitiesPage, loadComparePage, loadOverviewPage, loadPresentPage } from "./page-chunks";

// The app's frame and an embed load as chunks of their own, so that an embed never downloads the frame or
// the pages. The loaders live here, apart from the lazy components, so that main.tsx can start the
// current route's chunks while React is still starting (Vite only preloads the entry's static imports).
export const loadAppFrame = () => import("./AppFrame");
export const loadEmbedPage = () => import("../pages/EmbedPage");

/**
 * The chunk an embedded chart draws with (EmbedPage loads it lazily, once it has data). The table and the
 * comparison are left to EmbedPage: importing them here too made the bundler split the shared data
 * chunks finer, which cost every page about a kilobyte.
 */
function loadEmbedView(view: string): Promise<unknown> | undefined {
  const isChart = isEmbedView(view) && view !== "compare" && view !== "activities";
  return isChart ? import("../features/overview/SingleChartView") : undefined;
}

const PAGE_LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  "/": loadOverviewPage,
  "/activities": loadActivitiesPage,
  "/compare": loadComparePage,
  "/present": loadPresentPage,
};

/**
 * Starts downloading the chunks the page at `hash` will render, without waiting for React to ask for them
 * one lazy component at a time. A failed download is not reported here: the lazy component asks again and
 * its error boundary shows the failure.
 */
export function preloadRouteChunks(hash: string): void {
  const { path } = parseHash(hash);
  const loads = path.startsWith("/embed/")
    ? [loadEmbedPage(), loadEmbedView(path.slice("/embed/".length))]
    : [loadAppFrame(), PAGE_LOADERS[path]?.()];
  for (const load of loads) load?.catch(() => undefined);
}
