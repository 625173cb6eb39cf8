import type { Reference } from "../../schema/reference";
import type { Activity, Report } from "../../schema/report";
import type { ImportProgress, ImportResult } from "./import-result";

export interface ParseRequest {
  blob: Blob;
  fileName: string;
  reference: Reference;
}

/**
 * The valid activities travel in slices ("chunk", then "done" with the rest of the result): the main
 * thread decodes each message in one go, and 45,000 activities in one message froze it for 0.7 s.
 */
export type ParseMessage =
  | { type: "progress"; progress: ImportProgress }
  | { type: "chunk"; report: number; meta: Report["meta"]; activities: Activity[] }
  | { type: "done"; result: ImportResult }
  | { type: "failed"; message: string };

export const CHUNK_SIZE = 2000;
