import { z } from "./zod";
import { FormatVersionSchema } from "./common";
import { ReportSchema } from "./report";

/** Several report years in one file: what the synthetic generator writes and what users may upload. */
export const DatasetBundleSchema = z.strictObject({
  formatVersion: FormatVersionSchema,
  reports: z.array(ReportSchema).min(1),
});

export type DatasetBundle = z.infer<typeof DatasetBundleSchema>;
