/**
 * Shapes of the research dossier's files (../shared/reference), checked on read so that a changed
 * dossier fails here, by name, rather than producing odd data further on. Only the fields the import
 * uses are declared; zod drops the rest.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { MatrixLinkBasisSchema } from "../../src/schema/reference";
import { parseCsvRecords } from "./csv-records";

const Urls = z.array(z.string());

export const ActionLinesFileSchema = z.object({
  titles_source: Urls,
  itu_role_source: Urls,
  itu_role_summary: z.string(),
  action_lines: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      itu_role: z.string().nullable(),
      lead_facilitators: z.array(z.string()).nullable(),
      facilitator_sources: Urls,
      sub_lines: z
        .array(
          z.object({
            code: z.string(),
            title: z.string(),
            lead_facilitators: z.array(z.string()),
            facilitator_sources: Urls,
          }),
        )
        .optional(),
    }),
  ),
});

export const SectorsFileSchema = z.object({
  sectors: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      bureau_code: z.string().nullable(),
      bureau: z.string(),
      scope: z.string(),
      sources: Urls,
    }),
  ),
});

export const SdgsFileSchema = z.object({
  goals: z.array(z.object({ number: z.number(), short_name: z.string(), color_hex: z.string() })),
});

export const SdgNamesFileSchema = z.object({
  goals: z.record(z.string(), z.object({ en: z.object({ short: z.string(), title: z.string() }) })),
});

export const MatrixFileSchema = z.object({
  description: z.string(),
  method: z.string(),
  caveats: z.array(z.string()),
  source: z.object({ repository: z.string(), commit: z.string(), official_description_url: z.string() }),
  action_lines: z.array(
    z.object({
      action_line: z.string(),
      derived: z.boolean().optional(),
      sdgs_recommended: z.array(z.number()),
      links: z
        .array(
          z.object({
            sdg: z.number(),
            basis: MatrixLinkBasisSchema,
            targets_cited: z.array(z.string()).nullable(),
          }),
        )
        .nullable(),
    }),
  ),
});

const ACTIVITY_COLUMNS = [
  "id",
  "report_year",
  "year_basis",
  "sector",
  "action_lines",
  "sdgs",
  "sdg_basis",
  "title",
  "summary",
  "figures",
  "source_url",
  "action_line_basis",
  "sector_basis",
  "notes",
] as const;
const FIGURE_COLUMNS = ["metric", "year", "value", "unit", "source_url", "qualifier", "notes"] as const;

export const ActivityRowSchema = z.object(
  Object.fromEntries(ACTIVITY_COLUMNS.map((c) => [c, z.string()])) as Record<
    (typeof ACTIVITY_COLUMNS)[number],
    z.ZodString
  >,
);
export const FigureRowSchema = z.object(
  Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, z.string()])) as Record<
    (typeof FIGURE_COLUMNS)[number],
    z.ZodString
  >,
);

export type ActionLinesFile = z.infer<typeof ActionLinesFileSchema>;
export type MatrixFile = z.infer<typeof MatrixFileSchema>;
export type ActivityRow = z.infer<typeof ActivityRowSchema>;
export type FigureRow = z.infer<typeof FigureRowSchema>;

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${what} is not as expected:\n${z.prettifyError(result.error)}`);
  return result.data;
}

export function readDossierJson<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  return parseOrThrow(schema, JSON.parse(readFileSync(join(dir, file), "utf8")), file);
}

export function readDossierCsv<T>(dir: string, file: string, schema: z.ZodType<T>): T[] {
  return parseCsvRecords(readFileSync(join(dir, file), "utf8"), file).map((record, index) =>
    parseOrThrow(schema, record, `${file} record ${index + 1}`),
  );
}
