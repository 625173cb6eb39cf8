import { z } from "./zod.ts";
import { FormatVersionSchema, HttpUrlSchema, YearSchema } from "./common.ts";

export const MetricIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, "must be snake_case, e.g. wsis_forum_participants"));

export const MetricSchema = z.strictObject({
  id: MetricIdSchema,
  label: z.string().check(z.minLength(1)),
  group: z.string().check(z.minLength(1)),
});

export const IndicatorPointSchema = z.strictObject({
  metric: MetricIdSchema,
  year: YearSchema,
  value: z.number(),
  unit: z.string().check(z.minLength(1)),
  /** The source's hedge on the value: "more than", "nearly", "planned"... */
  qualifier: z.optional(z.string().check(z.minLength(1))),
  /** Why this point may not compare with its neighbours, or what a second source said. */
  note: z.optional(z.string().check(z.minLength(1))),
  sources: z.array(HttpUrlSchema).check(z.minLength(1)),
});

export const IndicatorsSchema = z.strictObject({
  formatVersion: FormatVersionSchema,
  metrics: z.array(MetricSchema),
  points: z.array(IndicatorPointSchema),
});

export type Metric = z.infer<typeof MetricSchema>;
export type IndicatorPoint = z.infer<typeof IndicatorPointSchema>;
export type Indicators = z.infer<typeof IndicatorsSchema>;
