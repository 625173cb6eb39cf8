import type { Page } from "playwright-core";

/**
 * Writes records straight into the dashboard's IndexedDB store (as idb-keyval lays it out), bypassing the
 * import's checks: what an older version, another tab or a hand edit may have left there.
 */
export async function storeRecords(page: Page, records: ReadonlyArray<unknown>, keys?: readonly string[]) {
  await page.evaluate(
    ([values, ids]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("wsis-dashboard");
        request.onupgradeneeded = () => request.result.createObjectStore("user-datasets");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction("user-datasets", "readwrite");
          const store = transaction.objectStore("user-datasets");
          values.forEach((value, index) => {
            const id = ids?.[index] ?? (value as { id?: string }).id ?? `record-${index}`;
            store.put(value, id);
          });
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [records, keys] as const,
  );
}
