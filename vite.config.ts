import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { contentSecurityPolicyPlugin } from "./scripts/build/vite-plugin-csp.ts";
import { prerenderLandingPlugin } from "./scripts/build/vite-plugin-prerender.ts";
import { datasetPlugin } from "./scripts/data/vite-plugin-data.ts";

// WSIS_DATA_DIR serves another data folder (e.g. a synthetic one from `npm run data:synth -- --out-dir`).
const dataDir = process.env.WSIS_DATA_DIR ?? fileURLToPath(new URL("./data", import.meta.url));

export default defineConfig({
  // Relative asset paths and hash routes: the build works from any static host and any sub-path.
  base: "./",
  plugins: [
    react(),
    datasetPlugin(dataDir),
    // Before the CSP plugin, which allows the prerender's inline script by its hash.
    prerenderLandingPlugin(dataDir),
    contentSecurityPolicyPlugin(),
    offlinePlugin(),
  ],
  build: {
    target: "es2022",
    sourcemap: true,
    // Plugin timings describe how busy the build machine is, not the code; CI fails on any other warning.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  preview: { port: 4173, strictPort: false },
});

/**
 * A service worker precaches the app and every shipped data file, so that a deck presented on bad
 * conference Wi-Fi works after one visit. Updates wait for the user ("prompt"): a reload in the middle of
 * a talk would be worse than slightly older data.
 */
function offlinePlugin() {
  return VitePWA({
    registerType: "prompt",
    // Registered from src/app/offline after the first render, not by an injected (inline) script.
    injectRegister: false,
    manifest: {
      name: "WSIS Dashboard",
      short_name: "WSIS",
      description:
        "ITU's contribution to the implementation of the WSIS outcomes, by sector, action line and SDG.",
      lang: "en",
      start_url: "./",
      scope: "./",
      display: "standalone",
      background_color: "#ffffff",
      theme_color: "#0b4f8a",
      icons: [{ src: "favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
    },
    workbox: {
      // data/**/*.json too: offline means the numbers, not only the code. Source maps stay out.
      globPatterns: ["**/*.{js,css,html,svg,json,webmanifest}"],
      globIgnores: ["**/*.map"],
      // Hash routes: every navigation is index.html.
      navigateFallback: "index.html",
      cleanupOutdatedCaches: true,
      // Large synthetic datasets (npm run data:synth) are served from the network instead.
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    },
  });
}
