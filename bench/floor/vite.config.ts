import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "./",
  plugins: [
    react(),
    {
      name: "floor-data",
      generateBundle() {
        this.emitFile({
          type: "asset",
          fileName: "counts.json",
          source: '{"labels":["ITU-R","ITU-T","ITU-D","GS"],"values":[18,40,165,119]}',
        });
      },
    },
  ],
  build: {
    outDir: fileURLToPath(new URL("../../dist-floor", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    // The floor is one chunk of React and ECharts, as a bare page ships it (docs/decisions/008).
    chunkSizeWarningLimit: 1000,
  },
});
