import { setupServer } from "msw/node";

/** One fake backend for every component test; each test installs the handlers it needs. */
export const server = setupServer();
