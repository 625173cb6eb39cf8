// The global styles stay with the entry point, so that index.html links them before anything is drawn.
import "./styles/global.css";
import "./styles/themes.css";
import "./styles/bad-input.css";
import "./styles/print.css";
import { isEmbedHash } from "./url-state/hash-location";

// An embed shows one view: it starts without the app's frame, routes and query cache (docs/decisions/016).
if (isEmbedHash(window.location.hash)) void import("./app/start-embed");
else void import("./app/start-app");
