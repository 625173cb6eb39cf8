import { DataFileError, fetchDataText, parseJsonText } from "./fetch-data-file";
import { takeStartupText } from "./startup-data";
import type * as ValidationModule from "./validation/validate-data-file";
import type { DataFileKind, DataFileTypes } from "./validation/validate-data-file";

type Validation = typeof ValidationModule;

/**
 * Every data file, shipped or not, is checked against its schema before it is used, with located issues.
 * The schemas are a chunk of their own, downloaded while the file is fetched.
 */
export async function loadValidated<K extends DataFileKind>(
  kind: K,
  path: string,
  signal?: AbortSignal,
): Promise<DataFileTypes[K]> {
  const validation = import("./validation/validate-data-file");
  // If the file cannot be had either (offline), the file's own error is the one to report.
  validation.catch(() => undefined);
  const text = (await takeStartupText(path)) ?? (await fetchDataText(path, signal));
  return validatedText(kind, path, text, await validation);
}

/** A data file's text, parsed and checked against its schema (the same steps as loadValidated's). */
export function validatedText<K extends DataFileKind>(
  kind: K,
  path: string,
  text: string,
  { validateDataFile }: Validation,
): DataFileTypes[K] {
  const parsed = validateDataFile(kind, parseJsonText(text, `data/${path}`), `data/${path}`);
  if (!parsed.ok) throw new DataFileError(parsed.issues);
  return parsed.value;
}
