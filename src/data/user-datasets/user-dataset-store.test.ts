import { afterEach, describe, expect, it, vi } from "vitest";
import type { StoredUserDataset } from "./user-dataset";
import { createIndexedDbStore, createMemoryStore } from "./user-dataset-store";

describe("user dataset stores", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("turns an IndexedDB that never answers into an error, so the dashboard does not wait forever", async () => {
    vi.useFakeTimers();
    // An open request whose events never fire, as Chromium leaves it in some framed pages.
    vi.stubGlobal("indexedDB", { open: () => ({}) });
    const listed = createIndexedDbStore().list();
    const outcome = expect(listed).rejects.toThrow("the browser's storage did not answer in 3 s");
    await vi.advanceTimersByTimeAsync(3000);
    await outcome;
  });

  it("keeps datasets in memory where there is no IndexedDB, and says it will not persist", async () => {
    const store = createMemoryStore();
    const dataset: StoredUserDataset = {
      id: "a",
      label: "a.csv",
      source: "file",
      importedAt: "",
      mode: "add",
      reports: [],
    };
    await store.put(dataset);
    expect(await store.list()).toEqual([dataset]);
    await store.remove("a");
    expect(await store.list()).toEqual([]);
    expect(store.persistent).toBe(false);
  });
});
