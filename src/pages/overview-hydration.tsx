import type { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { readPrerenderedCharts } from "../components/chart/chart-prerender";
import { loadShippedData } from "../data/queries";
import { userDatasetsQueryOptions } from "../data/user-datasets/user-dataset-queries";
import { getBrowserUserDatasetStore } from "../data/user-datasets/user-dataset-store";
import { LandingProviders } from "./LandingProviders";
import {
  discardPrerender,
  PRERENDERED_ROOT_ATTRIBUTE,
  PRERENDERED_STYLE_ATTRIBUTE,
} from "../components/prerendered-landing";

export type LandingStart =
  | {
      hydrate: true;
      queryClient: QueryClient;
      /** The providers the server rendered the app in (LandingProviders), around `app`. */
      around: (app: ReactNode) => ReactNode;
    }
  /** The query client holds whatever data was loaded on the way, for the app to start from. */
  | { hydrate: false; queryClient?: QueryClient };

/**
 * Whether the app hydrates the prerendered landing view the pre-paint script showed, with what: once the
 * data and chunks it was rendered from are in (`preloadLanding`: so that the first client render is the
 * server's). Here in the overview's chunk, which that view needs anyway: a chunk of its own made the
 * bundler cut the chunks the pages share finer, and every page larger. Otherwise the prerender is removed and the app renders itself: where the data cannot be had or is not
 * the data it was rendered from (a host serving other files than the build's), and for a visitor with
 * saved datasets (they change the numbers; only IndexedDB knows).
 */
export async function startLanding(
  container: HTMLElement,
  app: { preloadLanding: () => Promise<void>; createQueryClient: () => QueryClient },
): Promise<LandingStart> {
  const queryClient = app.createQueryClient();
  try {
    const [stored, digest] = await Promise.all([
      queryClient.fetchQuery(userDatasetsQueryOptions(getBrowserUserDatasetStore())),
      loadShippedData(queryClient),
      app.preloadLanding(),
    ]);
    if (stored.records.length > 0 || digest !== container.getAttribute(PRERENDERED_ROOT_ATTRIBUTE))
      return discard(container, queryClient);
  } catch {
    // The app drawn in the browser loads again, and says what failed.
    return discard(container);
  }
  restoreStyles(container);
  const chartPrerender = readPrerenderedCharts(container);
  const store = getBrowserUserDatasetStore();
  return {
    hydrate: true,
    queryClient,
    around: (app) => (
      <LandingProviders store={store} chartPrerender={chartPrerender}>
        {app}
      </LandingProviders>
    ),
  };
}

function discard(container: HTMLElement, queryClient?: QueryClient): LandingStart {
  discardPrerender(container);
  return { hydrate: false, queryClient };
}

/** Each element's style back where React expects it, written through the CSSOM (which the CSP allows). */
function restoreStyles(container: HTMLElement): void {
  for (const element of container.querySelectorAll<HTMLElement | SVGElement>(
    `[${PRERENDERED_STYLE_ATTRIBUTE}]`,
  )) {
    element.style.cssText = element.getAttribute(PRERENDERED_STYLE_ATTRIBUTE) ?? "";
    element.removeAttribute(PRERENDERED_STYLE_ATTRIBUTE);
  }
}
