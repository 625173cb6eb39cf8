// First: starts the page's chunks before the modules below are evaluated.
import "./start-route-chunks";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { afterFirstChart } from "../components/chart/after-first-chart";
import { startServiceWorker } from "./offline/service-worker-status";
import { applyInitialDisplay } from "./initial-display";

applyInitialDisplay();

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// After the first chart: the worker and its precaching must not compete with it for the network.
afterFirstChart(() => void startServiceWorker());
