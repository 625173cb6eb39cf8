import { describe, expect, it } from "vitest";
import { createIndexedDbStore } from "./user-dataset-store";
import { StorageFailure, toStorageFailure } from "./storage-failure";

describe("toStorageFailure", () => {
  it("gives every rejection a code, null (an aborted transaction) included", () => {
    expect(toStorageFailure(null).code).toBe("unavailable");
    expect(toStorageFailure(new DOMException("full", "QuotaExceededError")).code).toBe("quota");
    expect(toStorageFailure(new DOMException("x", "UnknownError")).code).toBe("unavailable");
    expect(toStorageFailure("weird").message).not.toMatch(/null|undefined/);
    const timeout = new StorageFailure("timeout");
    expect(toStorageFailure(timeout)).toBe(timeout);
  });

  it("is what the IndexedDB store rejects with", async () => {
    const store = createIndexedDbStore(); // jsdom has no IndexedDB: idb-keyval's open throws
    await expect(store.list()).rejects.toBeInstanceOf(StorageFailure);
  });
});
