import { DataFileError, fetchDataText, parseJsonText } from "./fetch-data-file";
import { takeStartupText } from "./startup-data";
import type { DataFileKind, DataFileTypes } from "./validation/validate-data-file";

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
  const input = parseJsonText(text, `data/${path}`);
  const { validateDataFile } = await validation;
  const parsed = validateDataFile(kind, input, `data/${path}`);
  if (!parsed.ok) throw new DataFileError(parsed.issues);
  return parsed.value;
}
