import { describe, expect, it } from "vitest";
import { DataFileError } from "./fetch-data-file";
import { dataRetryDelay, shouldRetryDataRequest } from "./retry-policy";

const failure = (status?: number, network = false) =>
  new DataFileError([{ file: "data/x.json", path: "", message: "failed" }], status, network);

describe("retry policy", () => {
  it.each([
    ["no answer (offline)", failure(undefined, true), true],
    ["a server error", failure(503), true],
    ["a missing file", failure(404), false],
    ["bad JSON or a schema error", failure(), false],
    ["an error thrown by fetch itself", new TypeError("Failed to fetch"), true],
  ])("%s: retried %s", (_, error, retried) => {
    expect(shouldRetryDataRequest(0, error)).toBe(retried);
  });

  it("gives up after three attempts", () => {
    expect(shouldRetryDataRequest(2, failure(undefined, true))).toBe(true);
    expect(shouldRetryDataRequest(3, failure(undefined, true))).toBe(false);
  });

  it("backs off: 0.5 s, 1 s, 2 s, then at most 8 s", () => {
    expect([0, 1, 2, 5, 9].map(dataRetryDelay)).toEqual([500, 1000, 2000, 8000, 8000]);
  });
});
