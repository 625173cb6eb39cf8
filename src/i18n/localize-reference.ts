import type { Reference } from "../schema/reference";
import type { OfficialNames } from "./official-names";

/**
 * The reference data with its names in the active language: every chart, menu and table that reads a
 * name from the reference then speaks that language. Codes, colours and links stay as they are.
 */
export function localizeReference(reference: Reference, names: OfficialNames | undefined): Reference {
  if (!names) return reference;
  return {
    ...reference,
    sdgs: reference.sdgs.map((sdg) => {
      const goal = names.sdgs[String(sdg.number)];
      return goal ? { ...sdg, shortName: goal.short, title: goal.title } : sdg;
    }),
    sectors: reference.sectors.map((sector) => ({
      ...sector,
      name: names.sectors[sector.code] ?? sector.name,
    })),
    actionLines: reference.actionLines.map((line) => ({
      ...line,
      title: names.actionLines[line.code] ?? line.title,
    })),
  };
}
