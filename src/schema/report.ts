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
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "must be 1-64 letters, digits, . _ or -"));

/** Names one initiative across years, e.g. every "WSIS Forum YYYY" row shares "wsis-forum". */
export const ActivityKeySchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case, e.g. wsis-forum"));

export const FigureSchema = z.strictObject({
  /** The figure as the source words it, e.g. "200+ experts from 85 countries". */
  label: z.string().check(z.minLength(1)),
  value: z.optional(z.number()),
  unit: z.optional(z.string().check(z.minLength(1))),
  qualifier: z.optional(z.string().check(z.minLength(1))),
});

export const ActivitySchema = z.strictObject({
  id: ActivityIdSchema,
  key: ActivityKeySchema,
  /** Absent when the source names no ITU unit. */
  sector: z.optional(z.strictObject({ code: SectorCodeSchema, basis: LinkBasisSchema })),
  /** Empty for cross-cutting work such as the WSIS Forum. */
  actionLines: z.array(z.strictObject({ code: ActionLineCodeSchema, basis: LinkBasisSchema })),
  sdgs: z.array(z.strictObject({ sdg: SdgNumberSchema, basis: LinkBasisSchema })),
  title: z
    .string()
    .check(
      z.minLength(1, { abort: true }),
      z.maxLength(INPUT_LIMITS.titleLength, { abort: true }),
      z.refine(hasVisibleCharacter, "must contain visible characters, not only spaces or invisible ones"),
    ),
  summary: z.string().check(z.minLength(1)),
  figures: z.optional(z.array(FigureSchema)),
  sources: z.array(SourceSchema).check(z.minLength(1, "every activity needs at least one source")),
  /** Editorial remarks: conflicts between sources, analogies used for coding. */
  notes: z.optional(z.string().check(z.minLength(1))),
});

/** `report`: the content of an official report edition; `compiled`: gathered from public pages by activity year. */
export const ReportKindSchema = z.enum(["report", "compiled", "user", "synthetic"]);

export const ReportMetaSchema = z
  .strictObject({
    year: YearSchema,
    title: z.string().check(z.minLength(1)),
    kind: ReportKindSchema,
    period: z.strictObject({ from: z.iso.date(), to: z.iso.date() }).check(
      z.refine((period) => !(period.from > period.to), {
        message: "the period starts after it ends",
        path: ["to"],
      }),
    ),
    symbol: z.optional(z.string().check(z.minLength(1))),
    sourceUrl: z.optional(HttpUrlSchema),
    description: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine(
      (meta) =>
        [meta.period?.from, meta.period?.to].every(
          (date) => typeof date !== "string" || date.startsWith(`${String(meta.year)}-`),
        ),
      {
        message: "the period must lie within the report's year",
        path: ["period"],
      },
    ),
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
