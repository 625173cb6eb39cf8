// First: starts the embedded view's chunk before the modules below are evaluated.
import "./start-route-chunks";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { afterFirstChart } from "../components/chart/after-first-chart";
import { PanelErrorBoundary } from "../components/PanelErrorBoundary";
import { useTranslation } from "../i18n/use-translation";
import { EmbedPage } from "../pages/EmbedPage";
import { isEmbedHash } from "../url-state/hash-location";
import { applyInitialDisplay } from "./initial-display";
import { LanguageGate } from "./LanguageGate";
import { startServiceWorker } from "./offline/service-worker-status";

/** The embed's whole page: the language gate and the embed, without the app's query cache or frame. */
function EmbedRoot() {
  const { t } = useTranslation();
  return (
    <PanelErrorBoundary what={t("panel.thisView")}>
      <EmbedPage />
    </PanelErrorBoundary>
  );
}

applyInitialDisplay();

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
createRoot(container).render(
  <StrictMode>
    <LanguageGate>
      <EmbedRoot />
    </LanguageGate>
  </StrictMode>,
);

// A link that leaves the embed in the same tab gets the whole app, which this page did not load.
window.addEventListener("hashchange", () => {
  if (!isEmbedHash(window.location.hash)) window.location.reload();
});

// After the first chart: the worker and its precaching must not compete with it for the network.
afterFirstChart(() => void startServiceWorker());
