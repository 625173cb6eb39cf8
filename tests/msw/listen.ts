import { afterAll, afterEach, beforeAll } from "vitest";
import { server } from "./server";

/** Starts the fake backend for the tests of the calling file; unhandled requests are errors. */
export function listenWithFakeBackend() {
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
