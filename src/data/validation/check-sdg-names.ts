import type { Reference } from "../../schema/reference";
import { SdgNamesFileSchema } from "../../schema/sdg-names";
import type { DataIssue } from "./data-issue";
import { parseDataFile } from "./parse-data-file";

export const SDG_NAMES_FILE = "sdg-names-i18n.json";

/**
 * data/sdg-names-i18n.json: valid, one entry per goal of the reference, and its English names the ones
 * reference.json shows (so that English and the five translations name the same goals).
 */
export function checkSdgNames(input: unknown, reference: Reference): DataIssue[] {
  const file = `data/${SDG_NAMES_FILE}`;
  const parsed = parseDataFile(SdgNamesFileSchema, input, file);
  if (!parsed.ok) return parsed.issues;
  const issues: DataIssue[] = [];
  for (const sdg of reference.sdgs) {
    const names = parsed.value.goals[String(sdg.number)];
    if (!names) {
      issues.push({ file, path: `goals.${sdg.number}`, message: "goal is missing" });
      continue;
    }
    // Decomposed accents look the same but do not match the same text in search.
    for (const [language, { short, title }] of Object.entries(names)) {
      if (short.normalize("NFC") !== short || title.normalize("NFC") !== title)
        issues.push({
          file,
          path: `goals.${sdg.number}.${language}`,
          message: "is not in Unicode NFC (accents written as combining marks)",
        });
    }
    if (names.en.short !== sdg.shortName || names.en.title !== sdg.title)
      issues.push({
        file,
        path: `goals.${sdg.number}.en`,
        message: "English names differ from reference.json's sdgs",
      });
  }
  return issues;
}
