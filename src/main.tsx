import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { afterFirstChart } from "./app/offline/after-first-chart";
import { startServiceWorker } from "./app/offline/service-worker-status";
import { applyInitialDisplay } from "./app/initial-display";
import { preloadRouteChunks } from "./app/route-chunks";
import "./styles/global.css";
import "./styles/themes.css";
import "./styles/print.css";

// Before React starts: the page's chunks download while React renders the shell.
preloadRouteChunks(window.location.hash);
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
