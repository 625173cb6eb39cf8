import { z } from "./zod";

const NamesSchema = z.strictObject({
  short: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
});

const GoalNamesSchema = z.strictObject({
  en: NamesSchema,
  fr: NamesSchema,
  es: NamesSchema,
  ar: NamesSchema,
  zh: NamesSchema,
  ru: NamesSchema,
});

/** Which UN pages a language's names were checked against, what was changed and what could not be checked. */
const LanguageCheckSchema = z.strictObject({
  checkedAgainst: z.array(z.string().check(z.minLength(1))),
  note: z.string().check(z.minLength(1)),
});

/** data/sdg-names-i18n.json: the official goal names in the six UN languages (Open SDG, MIT). */
export const SdgNamesFileSchema = z.strictObject({
  source: z.string().check(z.minLength(1)),
  note: z.string().check(z.minLength(1)),
  /** Optional, so that an older names file still loads. */
  languages: z.optional(
    z.strictObject({
      en: LanguageCheckSchema,
      fr: LanguageCheckSchema,
      es: LanguageCheckSchema,
      ar: LanguageCheckSchema,
      zh: LanguageCheckSchema,
      ru: LanguageCheckSchema,
    }),
  ),
  goals: z.record(
    z.string().check(z.regex(/^(?:[1-9]|1[0-7])$/, "must be a goal number, 1 to 17")),
    GoalNamesSchema,
  ),
});

export type SdgNamesFile = z.infer<typeof SdgNamesFileSchema>;
export type GoalNames = z.infer<typeof NamesSchema>;
