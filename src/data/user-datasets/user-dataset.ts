import { z } from "../../schema/zod";
import type { Report } from "../../schema/report";

/** "add": extra reports next to the shipped ones; "replace": the shipped reports of the same years are hidden. */
export const ImportModeSchema = z.enum(["add", "replace"]);
export type ImportMode = z.infer<typeof ImportModeSchema>;

/** A dataset the user loaded, as kept in IndexedDB. */
export interface StoredUserDataset {
  id: string;
  /** The file name, or the address it was fetched from. */
  label: string;
  source: "file" | "url";
  /** ISO date-time of the import. */
  importedAt: string;
  mode: ImportMode;
  /** Valid records only, with meta.kind "user". */
  reports: Report[];
}

/**
 * What is read back from IndexedDB is checked like any other input: the envelope here, the reports by
 * validateReport when merged, since reference.json may have changed since the import.
 */
export const StoredUserDatasetSchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string(),
  source: z.enum(["file", "url"]),
  importedAt: z.string(),
  mode: ImportModeSchema,
  reports: z.array(z.unknown()),
});

/** What the UI lists about a loaded dataset. */
export interface UserDatasetSummary {
  id: string;
  label: string;
  source: "file" | "url";
  importedAt: string;
  mode: ImportMode;
  years: number[];
  activityCount: number;
}

export function newDatasetId(): string {
  // randomUUID needs a secure context; plain http on a LAN address is not one.
  return typeof crypto !== "undefined" && typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
