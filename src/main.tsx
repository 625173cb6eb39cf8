// First: starts the page's chunks before the modules below are evaluated.
import "./app/start-route-chunks";
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/App";
import { afterFirstChart } from "./components/chart/after-first-chart";
import { startServiceWorker } from "./app/offline/service-worker-status";
import { applyInitialDisplay } from "./app/initial-display";
import { startLanding } from "./app/prerender/hydrate-landing";
import "./styles/global.css";
import "./styles/themes.css";
import "./styles/bad-input.css";
import "./styles/print.css";

applyInitialDisplay();

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
// The prerendered landing view is hydrated where the pre-paint script showed it; elsewhere it goes.
const start = await startLanding(container);
if (start.hydrate) {
  const { queryClient, chartPrerender } = start;
  hydrateRoot(
    container,
    <StrictMode>
      <App queryClient={queryClient} chartPrerender={chartPrerender} />
    </StrictMode>,
  );
} else {
  createRoot(container).render(
    <StrictMode>
      <App queryClient={start.queryClient} />
    </StrictMode>,
  );
}

// After the first chart: the worker and its precaching must not compete with it for the network.
afterFirstChart(() => void startServiceWorker());
