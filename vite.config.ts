import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { contentSecurityPolicyPlugin } from "./scripts/build/vite-plugin-csp";
import { datasetPlugin } from "./scripts/data/vite-plugin-data";

// WSIS_DATA_DIR serves another data folder (e.g. a synthetic one from `npm run data:synth -- --out-dir`).
const dataDir = process.env.WSIS_DATA_DIR ?? fileURLToPath(new URL("./data", import.meta.url));

export default defineConfig({
  // Relative asset paths and hash routes: the build works from any static host and any sub-path.
  base: "./",
  plugins: [react(), datasetPlugin(dataDir), contentSecurityPolicyPlugin()],
  build: {
    target: "es2022",
    sourcemap: true,
  },
  preview: { port: 4173, strictPort: false },
});
