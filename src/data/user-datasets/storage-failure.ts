/** Why the browser's storage failed, as a code the UI words in the user's language. */
export type StorageFailureCode = "quota" | "timeout" | "unavailable";

export class StorageFailure extends Error {
  constructor(
    readonly code: StorageFailureCode,
    detail = "",
  ) {
    super(detail || `the browser's storage failed (${code})`);
    this.name = "StorageFailure";
  }
}

/**
 * Whatever IndexedDB rejected with (a DOMException, or null when a transaction is aborted), as a failure
 * with a code: "(Error: null)" tells nobody anything.
 */
export function toStorageFailure(error: unknown): StorageFailure {
  if (error instanceof StorageFailure) return error;
  const name = typeof error === "object" && error !== null ? (error as { name?: unknown }).name : undefined;
  const message =
    typeof error === "object" && error !== null ? (error as { message?: unknown }).message : undefined;
  if (name === "QuotaExceededError") return new StorageFailure("quota", String(message ?? ""));
  return new StorageFailure("unavailable", typeof message === "string" ? message : "");
}
