import { z } from "./zod.ts";
import { FormatVersionSchema, YearSchema } from "./common.ts";

const RelativeDataPathSchema = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9/_.-]*\.json$/, "must be a relative .json path inside data/"),
  z.refine((path) => !path.includes(".."), { message: "must stay inside data/" }),
);

/**
 * Generated from the files in data/reports at build time, so adding a report is dropping one file.
 * It carries only what a file name tells; everything else is read from the report and validated there,
 * so that one broken report cannot break the list.
 */
export const ManifestSchema = z.strictObject({
  formatVersion: FormatVersionSchema,
  reference: RelativeDataPathSchema,
  indicators: RelativeDataPathSchema,
  reports: z.array(z.strictObject({ year: YearSchema, path: RelativeDataPathSchema })),
});

export type Manifest = z.infer<typeof ManifestSchema>;
export type ManifestEntry = Manifest["reports"][number];

/** data/reports/2023.json, or 2023-<label>.json when a year has more than one edition. */
export const REPORT_FILE_PATTERN = /^(\d{4})(?:-[a-z0-9-]+)?\.json$/;
