import { DataFileError } from "./fetch-data-file";

const MAX_ATTEMPTS = 3;

/** Network failures and 5xx may pass; 4xx, bad JSON and schema errors will not, so they are not retried. */
export function shouldRetryDataRequest(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_ATTEMPTS) return false;
  if (error instanceof DataFileError) {
    return error.network || (error.status !== undefined && error.status >= 500);
  }
  return true;
}

/** 0.5 s, 1 s, 2 s ... capped at 8 s. */
export function dataRetryDelay(attemptIndex: number): number {
  return Math.min(500 * 2 ** attemptIndex, 8000);
}
