import type { Reference } from "../../schema/reference";
import type { ImportJob } from "./import-job";
import { createCsvImportJob, type CsvImportOptions } from "./parse-activities-csv";
import { createJsonImportJob } from "./parse-dataset-json";

export type ImportFormat = "csv" | "json";

/** By extension, then by content: JSON starts with "{" or "["; anything else is read as CSV. */
export function detectImportFormat(fileName: string, text: string): ImportFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName.split(/[?#]/)[0] ?? "")?.[1]?.toLowerCase();
  if (extension === "json") return "json";
  if (extension === "csv") return "csv";
  const first = text.replace(/^\uFEFF/, "").trimStart()[0];
  return first === "{" || first === "[" ? "json" : "csv";
}

export function createImportJob(
  text: string,
  fileName: string,
  reference: Reference,
  options?: CsvImportOptions,
): ImportJob {
  return detectImportFormat(fileName, text) === "json"
    ? createJsonImportJob(text, fileName, reference)
    : createCsvImportJob(text, fileName, reference, options);
}
