import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const FAIL_ON_CONSOLE_ERROR = "./tests/setup/fail-on-console-error.ts";

export default defineConfig({
  plugins: [react()],
  test: {
    restoreMocks: true,
    // Role queries over a full page are slow in jsdom on a busy 2-core machine; a hung test still fails.
    testTimeout: 15_000,
    projects: [
      {
        // Pure units need no DOM: a `.test.ts` file that does says so with `// @vitest-environment jsdom`.
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: [
            "src/**/*.test.ts",
            "scripts/**/*.test.ts",
            "tests/unit/**/*.test.ts",
            "tests/lint/**/*.test.ts",
          ],
          setupFiles: [FAIL_ON_CONSOLE_ERROR],
        },
      },
      {
        // Components: jsdom, Testing Library and the MSW fake backend.
        extends: true,
        test: {
          name: "component",
          environment: "jsdom",
          include: ["src/**/*.test.tsx", "tests/unit/**/*.test.tsx"],
          setupFiles: [FAIL_ON_CONSOLE_ERROR, "./tests/setup/vitest-setup.ts"],
        },
      },
    ],
  },
});
