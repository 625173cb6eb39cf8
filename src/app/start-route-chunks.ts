import { preloadRouteChunks } from "./route-chunks";

// Imported first by main.tsx, so that this runs before React and the app's modules are evaluated: the
// current page's chunks start downloading a few hundred milliseconds sooner on a slow device.
preloadRouteChunks(window.location.hash);
