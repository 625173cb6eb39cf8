import type { z } from "../../schema/zod.ts";
import type { DataIssue } from "./data-issue";
import { toDataIssues } from "./zod-issues.ts";

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] };

/** Strict parse at the boundary: a file either matches its schema or yields located issues. */
export function parseDataFile<T>(schema: z.ZodMiniType<T>, input: unknown, file: string): Parsed<T> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toDataIssues(result.error, file, input) };
}
