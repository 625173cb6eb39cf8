import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { applyInitialDisplay } from "./app/initial-display";
import "./styles/global.css";
import "./styles/themes.css";
import "./styles/print.css";

applyInitialDisplay();

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
