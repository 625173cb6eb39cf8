import { z } from "./zod.ts";
import {
  ActionLineCodeSchema,
  FormatVersionSchema,
  HttpUrlSchema,
  SdgNumberSchema,
  SectorCodeSchema,
  YearSchema,
} from "./common.ts";

export const SectorSchema = z.strictObject({
  code: SectorCodeSchema,
  name: z.string().check(z.minLength(1)),
  bureauCode: z.nullable(z.string().check(z.minLength(1))),
  bureau: z.string().check(z.minLength(1)),
  scope: z.string().check(z.minLength(1)),
  sources: z.array(HttpUrlSchema).check(z.minLength(1)),
});

export const ActionLineSchema = z.strictObject({
  code: ActionLineCodeSchema,
  title: z.string().check(z.minLength(1)),
  /** Set on C7 sub-lines: the line they belong to. */
  parent: z.optional(ActionLineCodeSchema),
  leadFacilitators: z.array(z.string().check(z.minLength(1))),
  sources: z.array(HttpUrlSchema),
});

export const ItuRoleSchema = z.enum(["facilitator", "co-facilitator", "partner"]);

/** ITU's roles as one report edition states them; later editions override earlier ones. */
export const RoleEditionSchema = z.strictObject({
  fromYear: YearSchema,
  citation: z.string().check(z.minLength(1)),
  sources: z.array(HttpUrlSchema),
  roles: z.array(
    z.strictObject({
      actionLine: ActionLineCodeSchema,
      role: ItuRoleSchema,
      note: z.optional(z.string().check(z.minLength(1))),
    }),
  ),
});

export const SdgSchema = z.strictObject({
  number: SdgNumberSchema,
  shortName: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  color: z.string().check(z.regex(/^#[0-9A-F]{6}$/i, "must be a hex colour such as #E5243B")),
});

export const MatrixLinkBasisSchema = z.enum(["forward_and_reverse", "forward_only", "reverse_only"]);

export const MatrixEntrySchema = z.strictObject({
  actionLine: ActionLineCodeSchema,
  /** The SDGs that a "matrix" link may point to from this action line. */
  recommendedSdgs: z.array(SdgNumberSchema),
  /** True for generic C7, the union of its sub-lines. */
  derived: z.boolean(),
  links: z.array(
    z.strictObject({
      sdg: SdgNumberSchema,
      basis: MatrixLinkBasisSchema,
      targets: z.array(z.string().check(z.minLength(1))),
    }),
  ),
});

export const ReferenceSchema = z.strictObject({
  formatVersion: FormatVersionSchema,
  sectors: z.array(SectorSchema).check(z.minLength(1)),
  actionLines: z.array(ActionLineSchema).check(z.minLength(1)),
  ituRoles: z.array(RoleEditionSchema),
  sdgs: z.array(SdgSchema).check(z.length(17)),
  matrix: z.strictObject({
    description: z.string().check(z.minLength(1)),
    sources: z.array(HttpUrlSchema).check(z.minLength(1)),
    caveats: z.array(z.string().check(z.minLength(1))),
    entries: z.array(MatrixEntrySchema),
  }),
});

export type ItuRole = z.infer<typeof ItuRoleSchema>;
export type RoleEdition = z.infer<typeof RoleEditionSchema>;
export type Sdg = z.infer<typeof SdgSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
