import type { ImportIssue } from "./import-result";

/**
 * Files above this are refused before they are read. 20 MB holds about 60,000 activities (ten times
 * every activity ITU has reported), parses in about a second in a worker, and stays far below what a
 * browser tab or IndexedDB can hold.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The check made before anything is parsed (file picked, dropped or fetched). */
export function checkImportSize(size: number, file: string): ImportIssue | undefined {
  if (size === 0) return { file, path: "", message: "the file is empty" };
  if (size > MAX_IMPORT_BYTES) {
    return {
      file,
      path: "",
      message: `the file is ${formatBytes(size)}; files up to ${formatBytes(MAX_IMPORT_BYTES)} can be loaded: split it by year and load the parts`,
    };
  }
  return undefined;
}
