// First: starts the page's chunks before the modules below are evaluated.
import "./start-route-chunks";
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./App";
import { afterFirstChart } from "../components/chart/after-first-chart";
import { startServiceWorker } from "./offline/service-worker-status";
import { applyInitialDisplay } from "./initial-display";
import type { LandingStart } from "../pages/overview-hydration";
import { discardPrerender, isPrerenderShown } from "../components/prerendered-landing";
import { preloadLanding } from "./landing";
import { loadOverviewPage } from "./page-chunks";

applyInitialDisplay();

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
// The prerendered landing view is hydrated where the pre-paint script showed it (with code of the
// overview's chunk, which that view needs anyway); elsewhere it goes at once. The query cache comes with
// that path, not with the entry an embed shares.
const start: LandingStart = isPrerenderShown(container)
  ? await Promise.all([loadOverviewPage(), import("./query-client")]).then(
      ([{ startLanding }, { createQueryClient }]) =>
        startLanding(container, { preloadLanding, createQueryClient }),
    )
  : (discardPrerender(container), { hydrate: false });
if (start.hydrate) {
  hydrateRoot(container, <StrictMode>{start.around(<App queryClient={start.queryClient} />)}</StrictMode>);
} else {
  createRoot(container).render(
    <StrictMode>
      <App queryClient={start.queryClient} />
    </StrictMode>,
  );
}

// After the first chart: the worker and its precaching must not compete with it for the network.
afterFirstChart(() => void startServiceWorker());
