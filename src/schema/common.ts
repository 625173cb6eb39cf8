import { SOURCE_KINDS } from "../domain/source-kind.ts";
import { isHttpUrl } from "./http-url.ts";
import { z } from "./zod.ts";

/** Data files carry this so that a future v2 can be told apart and migrated. */
export const FORMAT_VERSION = 1;

export const FormatVersionSchema = z.literal(FORMAT_VERSION);

/**
 * Links are rendered as anchors, so anything but http(s) (javascript:, data:) is refused here, and so is
 * an address the URL parser cannot read (the pattern stays for the published JSON Schema).
 */
export const HttpUrlSchema = z
  .string()
  .check(
    z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, { message: "must be an http(s) URL", abort: true }),
    z.refine(isHttpUrl, "must be an http(s) URL"),
  );

export const YearSchema = z.number().check(z.int(), z.gte(1990), z.lte(2100));

/** Code of an ITU sector: "ITU-R", "ITU-T", "ITU-D" or "GS". */
export const SectorCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z][A-Z-]{1,9}$/, "must be a sector code such as ITU-D"));

/** "C1".."C11", or a C7 sub-line such as "C7.e-health". */
export const ActionLineCodeSchema = z
  .string()
  .check(
    z.regex(
      /^C(?:[1-9]|1[01])(?:\.[a-z][a-z-]*)?$/,
      'must be an action line code such as "C2" or "C7.e-health"',
    ),
  );

// Names the number it refuses, so that a person can find it in their file.
const sdgRange = {
  error: (issue: { input?: unknown }) => `SDGs are numbered 1-17; SDG ${String(issue.input)} does not exist`,
};

export const SdgNumberSchema = z.number().check(z.int(), z.gte(1, sdgRange), z.lte(17, sdgRange));

/**
 * Why an activity is linked to a sector, action line or SDG:
 * the source says so, the WSIS-SDG matrix implies it, or we coded it by a documented rule.
 */
export const LinkBasisSchema = z.enum(["stated", "matrix", "assigned"]);

export const SourceSchema = z.strictObject({
  url: HttpUrlSchema,
  /** Page, section or a remark on the source (e.g. "mirror of an ITU page"). */
  note: z.optional(z.string().check(z.minLength(1))),
  /**
   * `official` (ITU, UN system), `copy` (a third-party copy of a document) or `press` (news, third-party
   * reports). Optional: a source without one gets the kind of its host (src/domain/source-kind.ts).
   */
  kind: z.optional(z.enum(SOURCE_KINDS)),
});

export type LinkBasis = z.infer<typeof LinkBasisSchema>;
export type Source = z.infer<typeof SourceSchema>;
