import type * as IdbKeyval from "idb-keyval";
import { StorageFailure, toStorageFailure } from "./storage-failure";
import type { StoredUserDataset } from "./user-dataset";

/** Where user datasets live: IndexedDB in the browser, memory where there is none (tests, old browsers). */
export interface UserDatasetStore {
  /** False when datasets will be gone after a reload; the UI says so. */
  readonly persistent: boolean;
  list(): Promise<unknown[]>;
  /** Every record with the key it is stored under, so that even one that cannot be read can be removed. */
  entries(): Promise<Array<[string, unknown]>>;
  put(dataset: StoredUserDataset): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * IndexedDB can leave a request unanswered: Chromium does so for a page framed by a page without an
 * origin, as if waiting for a permission. The dashboard waits for the stored datasets before it shows
 * counts, so a silent store must turn into an error rather than an endless "Loading".
 */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new StorageFailure("timeout", `the browser's storage did not answer in ${ms / 1000} s`)),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(toStorageFailure(error));
      },
    );
  });
}

const READ_TIMEOUT_MS = 3000;
// A 20 MB dataset takes a few seconds to write on a slow disk.
const WRITE_TIMEOUT_MS = 30_000;

export function createIndexedDbStore(): UserDatasetStore {
  // Loaded with the first read: embeds, which never read the user's datasets, do not download it.
  let database: Promise<typeof IdbKeyval & { store: IdbKeyval.UseStore }> | undefined;
  const open = () =>
    (database ??= import("idb-keyval").then((idb) => ({
      ...idb,
      // One database of our own, so that nothing else on the origin can clash with it.
      store: idb.createStore("wsis-dashboard", "user-datasets"),
    })));
  return {
    persistent: true,
    list: () =>
      withTimeout(
        open().then((idb) => idb.values(idb.store)),
        READ_TIMEOUT_MS,
      ),
    entries: () =>
      withTimeout(
        open().then((idb) => idb.entries(idb.store)),
        READ_TIMEOUT_MS,
      ).then((entries) => entries.map(([key, value]): [string, unknown] => [String(key), value])),
    put: (dataset) =>
      withTimeout(
        open().then((idb) => idb.set(dataset.id, dataset, idb.store)),
        WRITE_TIMEOUT_MS,
      ),
    remove: (id) =>
      withTimeout(
        open().then((idb) => idb.del(id, idb.store)),
        WRITE_TIMEOUT_MS,
      ),
  };
}

export function createMemoryStore(initial: readonly StoredUserDataset[] = []): UserDatasetStore {
  const datasets = new Map(initial.map((dataset) => [dataset.id, dataset]));
  return {
    persistent: false,
    list: async () => [...datasets.values()],
    entries: async () => [...datasets.entries()],
    put: async (dataset) => {
      datasets.set(dataset.id, dataset);
    },
    remove: async (id) => {
      datasets.delete(id);
    },
  };
}

let browserStore: UserDatasetStore | undefined;

/** Created on first use, so that importing this module opens no database. */
export function getBrowserUserDatasetStore(): UserDatasetStore {
  // `in` rather than reading window.indexedDB: the getter sets up the browser's IndexedDB factory, which an
  // embed (it never reads stored datasets) should not pay for while it draws.
  browserStore ??= "indexedDB" in window ? createIndexedDbStore() : createMemoryStore();
  return browserStore;
}
