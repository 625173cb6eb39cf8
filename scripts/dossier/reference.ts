/** Builds data/reference.json: sectors, action lines, ITU's roles, SDGs and the WSIS-SDG matrix. */
import type { ItuRole, Reference, RoleEdition } from "../../src/schema/reference";
import { FORMAT_VERSION } from "../../src/schema/common";
import {
  ActionLinesFileSchema,
  MatrixFileSchema,
  SdgNamesFileSchema,
  SdgsFileSchema,
  SectorsFileSchema,
  readDossierJson,
  type ActionLinesFile,
  type MatrixFile,
} from "./dossier-input";

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function actionLines(file: ActionLinesFile): Reference["actionLines"] {
  return file.action_lines.flatMap((line) => [
    {
      code: line.code,
      title: line.title,
      leadFacilitators: line.lead_facilitators ?? [],
      sources: unique([...line.facilitator_sources, ...file.titles_source]),
    },
    ...(line.sub_lines ?? []).map((sub) => ({
      code: sub.code,
      title: sub.title,
      parent: line.code,
      leadFacilitators: sub.lead_facilitators,
      sources: unique([...sub.facilitator_sources, ...file.titles_source]),
    })),
  ]);
}

const ROLE_NOTES_2010: Record<string, string> = { C6: "on a temporary basis, at UNDP's request" };

/** The roles the dossier read in the 2010-2012 reports; C10 has none stated and is left out. */
function roles2010(file: ActionLinesFile): RoleEdition {
  const roles = file.action_lines.flatMap((line) => {
    if (line.itu_role === null) return [];
    const match = /^(facilitator|co-facilitator|partner)(?: \((.+)\))?$/.exec(line.itu_role);
    if (!match?.[1])
      throw new Error(`action-lines.json: unreadable itu_role for ${line.code}: ${line.itu_role}`);
    const note = ROLE_NOTES_2010[line.code];
    if (Boolean(match[2]) !== Boolean(note)) {
      throw new Error(`action-lines.json: the qualifier on ${line.code}'s role changed: ${line.itu_role}`);
    }
    return [{ actionLine: line.code, role: match[1] as ItuRole, ...(note ? { note } : {}) }];
  });
  return {
    fromYear: 2010,
    citation:
      "ITU's Contribution to the Implementation of the WSIS Outcomes: the 2010 (WSIS+5), 2011 and 2012 reports " +
      "(roles as read from their title pages and tables of contents; ITU's role for C10 is not stated there)",
    sources: file.itu_role_source,
    roles,
  };
}

/** Roles for 2023 on are as the project brief gives them; no URL for that edition was available. */
const ROLES_2023: RoleEdition = {
  fromYear: 2023,
  citation:
    "ITU's Contribution to the Implementation of the WSIS Outcomes, 2023 edition " +
    "(roles as given in the project brief; the report body was not reachable)",
  sources: [],
  roles: [
    ...(["C2", "C4", "C5", "C6"] as const).map((actionLine) => ({
      actionLine,
      role: "facilitator" as const,
    })),
    ...(["C1", "C3", "C7", "C11"] as const).map((actionLine) => ({
      actionLine,
      role: "co-facilitator" as const,
    })),
    ...(["C8", "C9", "C10"] as const).map((actionLine) => ({ actionLine, role: "partner" as const })),
  ].sort((a, b) => Number(a.actionLine.slice(1)) - Number(b.actionLine.slice(1))),
};

/** The app stores some targets as one comma-joined cell ("9.1, 9.a, 9.c"); they are split here. */
const splitTargets = (cells: readonly string[] | null): string[] =>
  (cells ?? [])
    .flatMap((cell) => cell.split(","))
    .map((t) => t.trim())
    .filter(Boolean);

function matrix(file: MatrixFile): Reference["matrix"] {
  return {
    description: `${file.description} Data as of commit ${file.source.commit}. ${file.method}`,
    sources: ["https://github.com/uwidcit/WSIS-SDG-Matrix", file.source.official_description_url],
    caveats: file.caveats,
    entries: file.action_lines.map((entry) => ({
      actionLine: entry.action_line,
      recommendedSdgs: entry.sdgs_recommended,
      derived: entry.derived ?? false,
      links: (entry.links ?? []).map((link) => ({
        sdg: link.sdg,
        basis: link.basis,
        targets: splitTargets(link.targets_cited),
      })),
    })),
  };
}

export function buildReference(dir: string, warn: (message: string) => void): Reference {
  const lines = readDossierJson(dir, "action-lines.json", ActionLinesFileSchema);
  const sectors = readDossierJson(dir, "sectors.json", SectorsFileSchema);
  const sdgs = readDossierJson(dir, "sdgs.json", SdgsFileSchema);
  const names = readDossierJson(dir, "sdg-names-i18n.json", SdgNamesFileSchema);
  const matrixFile = readDossierJson(dir, "wsis-sdg-matrix.json", MatrixFileSchema);

  return {
    formatVersion: FORMAT_VERSION,
    sectors: sectors.sectors.map((s) => ({
      code: s.code,
      name: s.name,
      bureauCode: s.bureau_code,
      bureau: s.bureau,
      scope: s.scope,
      sources: s.sources,
    })),
    actionLines: actionLines(lines),
    ituRoles: [roles2010(lines), ROLES_2023],
    sdgs: sdgs.goals.map((goal) => {
      const official = names.goals[String(goal.number)]?.en;
      if (!official) throw new Error(`sdg-names-i18n.json has no English name for SDG ${goal.number}`);
      if (official.short !== goal.short_name) {
        warn(`SDG ${goal.number}: short name "${goal.short_name}" (sdgs.json) vs "${official.short}" (i18n)`);
      }
      return {
        number: goal.number,
        shortName: goal.short_name,
        title: official.title,
        color: goal.color_hex,
      };
    }),
    matrix: matrix(matrixFile),
  };
}
