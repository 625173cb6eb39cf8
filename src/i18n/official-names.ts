import type { GoalNames } from "../schema/sdg-names";
import type { Language } from "./languages";

/** Names of reference entities in one language; a code that is missing here is shown in English. */
export interface OfficialNames {
  sdgs: Record<string, GoalNames>;
  sectors: Record<string, string>;
  actionLines: Record<string, string>;
}

const registry = new Map<Language, OfficialNames>();

export function registerOfficialNames(language: Language, names: OfficialNames) {
  registry.set(language, names);
}

/** Undefined for English (the reference data is English) and for a language not loaded yet. */
export function officialNamesOf(language: Language): OfficialNames | undefined {
  return registry.get(language);
}

/** True where an action line or sector has no official name in this language and shows in English. */
export function isEnglishFallback(
  language: Language,
  kind: "sectors" | "actionLines",
  code: string,
): boolean {
  if (language === "en") return false;
  const names = registry.get(language);
  return !names || names[kind][code] === undefined;
}
