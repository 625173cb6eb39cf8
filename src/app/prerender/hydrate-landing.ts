import type { QueryClient } from "@tanstack/react-query";
import { readPrerenderedCharts, type ChartPrerender } from "../../components/chart/chart-prerender";
import { loadShippedData } from "../../data/queries";
import { userDatasetsQueryOptions } from "../../data/user-datasets/user-dataset-queries";
import { getBrowserUserDatasetStore } from "../../data/user-datasets/user-dataset-store";
import { preloadLanding } from "../landing";
import { createQueryClient } from "../query-client";
import {
  LANDING_ATTRIBUTE,
  LANDING_SHOWN,
  PRERENDERED_ROOT_ATTRIBUTE,
  PRERENDERED_STYLE_ATTRIBUTE,
} from "./pre-paint-script";

export type LandingStart =
  | { hydrate: true; queryClient: QueryClient; chartPrerender: ChartPrerender }
  /** The query client holds whatever data was loaded on the way, for the app to start from. */
  | { hydrate: false; queryClient?: QueryClient };

/**
 * Whether the app hydrates the prerendered landing view, with what: once the data and chunks it was
 * rendered from are in (so that the first client render is the server's). Otherwise the prerender is
 * removed and the app renders itself: where the pre-paint script did not show it, where the data cannot
 * be had or is not the data it was rendered from (a host serving other files than the build's), and for
 * a visitor with saved datasets (they change the numbers; only IndexedDB knows).
 */
export async function startLanding(container: HTMLElement): Promise<LandingStart> {
  if (!container.hasAttribute(PRERENDERED_ROOT_ATTRIBUTE)) return { hydrate: false };
  if (document.documentElement.getAttribute(LANDING_ATTRIBUTE) !== LANDING_SHOWN) return discard(container);
  const queryClient = createQueryClient();
  try {
    const [stored, digest] = await Promise.all([
      queryClient.fetchQuery(userDatasetsQueryOptions(getBrowserUserDatasetStore())),
      loadShippedData(queryClient),
      preloadLanding(),
    ]);
    if (stored.records.length > 0 || digest !== container.getAttribute(PRERENDERED_ROOT_ATTRIBUTE))
      return discard(container, queryClient);
  } catch {
    // The app drawn in the browser loads again, and says what failed.
    return discard(container);
  }
  restoreStyles(container);
  return { hydrate: true, queryClient, chartPrerender: readPrerenderedCharts(container) };
}

function discard(container: HTMLElement, queryClient?: QueryClient): LandingStart {
  container.replaceChildren();
  container.removeAttribute(PRERENDERED_ROOT_ATTRIBUTE);
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
