import type { Reference } from "../../schema/reference";
import type { DataIssue } from "./data-issue";

function findDuplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

/** Internal consistency of reference.json: unique codes, and every matrix or role entry naming a known line. */
export function checkReference(reference: Reference, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const lineCodes = reference.actionLines.map((line) => line.code);
  const knownLines = new Set(lineCodes);
  const duplicate = (path: string, values: readonly (string | number)[]) =>
    findDuplicates(values).forEach((value) =>
      issues.push({ file, path, message: `duplicate code "${value}"` }),
    );

  duplicate(
    "sectors",
    reference.sectors.map((sector) => sector.code),
  );
  duplicate("actionLines", lineCodes);
  duplicate(
    "sdgs",
    reference.sdgs.map((sdg) => sdg.number),
  );
  duplicate(
    "matrix.entries",
    reference.matrix.entries.map((entry) => entry.actionLine),
  );

  reference.actionLines.forEach((line, index) => {
    if (line.parent && !knownLines.has(line.parent)) {
      issues.push({
        file,
        recordId: line.code,
        path: "parent",
        message: `unknown parent line "${line.parent}"`,
      });
    }
    if (line.parent === undefined && line.code.includes(".")) {
      issues.push({
        file,
        path: `actionLines[${index}].parent`,
        message: `sub-line ${line.code} needs a parent`,
      });
    }
  });
  reference.matrix.entries.forEach((entry, index) => {
    if (!knownLines.has(entry.actionLine)) {
      issues.push({
        file,
        path: `matrix.entries[${index}].actionLine`,
        message: `unknown action line "${entry.actionLine}"`,
      });
    }
    const linked = new Set(entry.links.map((link) => link.sdg));
    entry.recommendedSdgs.forEach((sdg) => {
      if (!entry.derived && !linked.has(sdg)) {
        issues.push({
          file,
          path: `matrix.entries[${index}].recommendedSdgs`,
          message: `SDG ${sdg} is recommended for ${entry.actionLine} but has no link`,
        });
      }
    });
  });
  reference.ituRoles.forEach((edition, editionIndex) =>
    edition.roles.forEach((role, roleIndex) => {
      if (!knownLines.has(role.actionLine)) {
        issues.push({
          file,
          path: `ituRoles[${editionIndex}].roles[${roleIndex}].actionLine`,
          message: `unknown action line "${role.actionLine}"`,
        });
      }
    }),
  );
  return issues;
}
