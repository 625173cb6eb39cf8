import { INPUT_LIMITS } from "./input-limits.ts";
import { hasVisibleCharacter } from "./text-hygiene.ts";
import { z } from "./zod.ts";
import {
  ActionLineCodeSchema,
  FormatVersionSchema,
  HttpUrlSchema,
  LinkBasisSchema,
  SdgNumberSchema,
  SectorCodeSchema,
  SourceSchema,
  YearSchema,
} from "./common.ts";

export const ActivityIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "must be 1-64 letters, digits, . _ or -");

/** Names one initiative across years, e.g. every "WSIS Forum YYYY" row shares "wsis-forum". */
export const ActivityKeySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case, e.g. wsis-forum");

export const FigureSchema = z.strictObject({
  /** The figure as the source words it, e.g. "200+ experts from 85 countries". */
  label: z.string().min(1),
  value: z.number().optional(),
  unit: z.string().min(1).optional(),
  qualifier: z.string().min(1).optional(),
});

export const ActivitySchema = z.strictObject({
  id: ActivityIdSchema,
  key: ActivityKeySchema,
  /** Absent when the source names no ITU unit. */
  sector: z.strictObject({ code: SectorCodeSchema, basis: LinkBasisSchema }).optional(),
  /** Empty for cross-cutting work such as the WSIS Forum. */
  actionLines: z.array(z.strictObject({ code: ActionLineCodeSchema, basis: LinkBasisSchema })),
  sdgs: z.array(z.strictObject({ sdg: SdgNumberSchema, basis: LinkBasisSchema })),
  title: z
    .string()
    .min(1, { abort: true })
    .max(INPUT_LIMITS.titleLength, { abort: true })
    .refine(hasVisibleCharacter, "must contain visible characters, not only spaces or invisible ones"),
  summary: z.string().min(1),
  figures: z.array(FigureSchema).optional(),
  sources: z.array(SourceSchema).min(1, "every activity needs at least one source"),
  /** Editorial remarks: conflicts between sources, analogies used for coding. */
  notes: z.string().min(1).optional(),
});

/** `report`: the content of an official report edition; `compiled`: gathered from public pages by activity year. */
export const ReportKindSchema = z.enum(["report", "compiled", "user", "synthetic"]);

export const ReportMetaSchema = z
  .strictObject({
    year: YearSchema,
    title: z.string().min(1),
    kind: ReportKindSchema,
    period: z
      .strictObject({ from: z.iso.date(), to: z.iso.date() })
      .refine((period) => !(period.from > period.to), {
        message: "the period starts after it ends",
        path: ["to"],
      }),
    symbol: z.string().min(1).optional(),
    sourceUrl: HttpUrlSchema.optional(),
    description: z.string().min(1).optional(),
  })
  .refine(
    (meta) =>
      [meta.period?.from, meta.period?.to].every(
        (date) => typeof date !== "string" || date.startsWith(`${String(meta.year)}-`),
      ),
    {
      message: "the period must lie within the report's year",
      path: ["period"],
    },
  );

export const ReportSchema = z.strictObject({
  formatVersion: FormatVersionSchema,
  meta: ReportMetaSchema,
  activities: z.array(ActivitySchema),
});

export type Activity = z.infer<typeof ActivitySchema>;
export type ReportKind = z.infer<typeof ReportKindSchema>;
export type ReportMeta = z.infer<typeof ReportMetaSchema>;
export type Report = z.infer<typeof ReportSchema>;
