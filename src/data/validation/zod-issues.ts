import type { z } from "../../schema/zod.ts";
import { formatFieldPath, type DataIssue } from "./data-issue.ts";

/** Collections whose items carry an `id` worth naming instead of an index. */
const RECORD_COLLECTIONS = new Set(["activities", "sectors", "actionLines", "sdgs", "points", "metrics"]);

function readRecordId(input: unknown, collection: string, index: number): string | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  const items = (input as Record<string, unknown>)[collection];
  if (!Array.isArray(items)) return undefined;
  const item: unknown = items[index];
  if (typeof item !== "object" || item === null) return undefined;
  const record = item as Record<string, unknown>;
  const id = record.id ?? record.code ?? record.number ?? record.metric;
  return typeof id === "string" || typeof id === "number" ? String(id) : undefined;
}

/** Turns zod's issues into located DataIssues: "activities[12].sdgs[0]" becomes record A123, field "sdgs[0]". */
export function toDataIssues(error: z.core.$ZodError, file: string, input: unknown): DataIssue[] {
  return error.issues.map((issue) => {
    const [collection, index, ...rest] = issue.path;
    if (typeof collection === "string" && RECORD_COLLECTIONS.has(collection) && typeof index === "number") {
      const recordId = readRecordId(input, collection, index) ?? `${collection}[${index}]`;
      return { file, recordId, path: formatFieldPath(rest), message: issue.message };
    }
    return { file, path: formatFieldPath(issue.path), message: issue.message };
  });
}
