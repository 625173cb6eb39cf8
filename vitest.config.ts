import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { englishPartsPlugin } from "./scripts/build/vite-plugin-english-parts";

export default defineConfig({
  plugins: [react(), englishPartsPlugin()],
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "tests/unit/**/*.test.{ts,tsx}"],
    setupFiles: ["./tests/setup/vitest-setup.ts"],
    restoreMocks: true,
    // Role queries over a full page are slow in jsdom on a busy 2-core machine; a hung test still fails.
    testTimeout: 15_000,
  },
});
