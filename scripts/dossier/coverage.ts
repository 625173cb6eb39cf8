/** The coverage table printed by the import and pasted into data/README.md. */
import { kindOfSource } from "../../src/domain/source-kind";
import type { Activity, Report } from "../../src/schema/report";

const SECTORS = ["GS", "ITU-D", "ITU-T", "ITU-R"] as const;

interface Tally {
  total: number;
  sectors: Record<string, number>;
  withSector: number;
  statedSector: number;
  withLines: number;
  statedLines: number;
  withSdgs: number;
  statedSdgs: number;
  officialFirst: number;
}

function tally(activities: readonly Activity[]): Tally {
  const t: Tally = {
    total: 0,
    sectors: {},
    withSector: 0,
    statedSector: 0,
    withLines: 0,
    statedLines: 0,
    withSdgs: 0,
    statedSdgs: 0,
    officialFirst: 0,
  };
  for (const a of activities) {
    t.total += 1;
    const sector = a.sector?.code ?? "none";
    t.sectors[sector] = (t.sectors[sector] ?? 0) + 1;
    if (a.sector) t.withSector += 1;
    if (a.sector?.basis === "stated") t.statedSector += 1;
    if (a.actionLines.length > 0) t.withLines += 1;
    if (a.actionLines.some((l) => l.basis === "stated")) t.statedLines += 1;
    if (a.sdgs.length > 0) t.withSdgs += 1;
    if (a.sdgs.some((s) => s.basis === "stated")) t.statedSdgs += 1;
    if (a.sources[0] && kindOfSource(a.sources[0]) === "official") t.officialFirst += 1;
  }
  return t;
}

const share = (part: number, whole: number): string =>
  whole === 0 ? "–" : `${part}/${whole} (${Math.round((100 * part) / whole)}%)`;

function line(label: string, t: Tally): string {
  const cells = [
    label,
    String(t.total),
    ...SECTORS.map((s) => String(t.sectors[s] ?? 0)),
    String(t.sectors.none ?? 0),
    share(t.statedSector, t.withSector),
    share(t.statedLines, t.withLines),
    share(t.statedSdgs, t.withSdgs),
    share(t.officialFirst, t.total),
  ];
  return `| ${cells.join(" | ")} |`;
}

/**
 * One row per report year and a total row. The "stated" columns count activities: of those that
 * have a sector (action line, SDG) at all, how many have it stated by the source; the last, how many
 * activities cite an official (ITU or UN-system) source first.
 */
export function coverageTable(reports: readonly Report[]): string {
  const header = [
    "| Year | Activities | GS | ITU-D | ITU-T | ITU-R | none | Sector stated | Action lines stated | SDGs stated | Official first source |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  const rows = reports.map((r) => line(String(r.meta.year), tally(r.activities)));
  const total = line("**All**", tally(reports.flatMap((r) => r.activities)));
  return [...header, ...rows, total].join("\n");
}
