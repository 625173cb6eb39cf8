import { beforeAll, vi } from "vitest";

// A console error in a test is a bug in the test or the code: fail loudly (Epic Stack does the same).
const consoleError = console.error;
beforeAll(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    consoleError(...args);
    throw new Error(`console.error was called: ${args.map(String).join(" ")}`);
  });
});
