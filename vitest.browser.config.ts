import { defineConfig } from "vitest/config";

/** End-to-end tests: real headless Chromium against the built app (see tests/browser/support). */
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/browser/**/*.e2e.ts"],
    globalSetup: ["./tests/browser/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: CI machines have two cores.
    fileParallelism: false,
  },
});
