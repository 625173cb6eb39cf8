import { useEffect, type ReactNode } from "react";
import { LANDING_ATTRIBUTE, LANDING_HYDRATED } from "../components/prerendered-landing";
import { ChartPrerenderContext, type ChartPrerender } from "../components/chart/chart-prerender";
import { UserDatasetStoreContext } from "../data/user-datasets/store-context";
import type { UserDatasetStore } from "../data/user-datasets/user-dataset-store";

interface LandingProvidersProps {
  store: UserDatasetStore;
  chartPrerender: ChartPrerender;
  children: ReactNode;
}

/**
 * What the app runs in when it renders the landing view on the server and when it hydrates that render:
 * the same tree on both sides, around the same App. The app drawn in the browser needs neither.
 */
export function LandingProviders({ store, chartPrerender, children }: LandingProvidersProps) {
  // Effects run once the hydration is committed: the page says so (tests wait for it before they type).
  useEffect(() => document.documentElement.setAttribute(LANDING_ATTRIBUTE, LANDING_HYDRATED), []);
  return (
    <UserDatasetStoreContext value={store}>
      <ChartPrerenderContext value={chartPrerender}>{children}</ChartPrerenderContext>
    </UserDatasetStoreContext>
  );
}
