import type { ItuRole, RoleEdition } from "../schema/reference";
import type { ActivityRecord } from "./activity-record";

/** Percentage change from A to B; "new" when A is 0 (never an infinite percentage), null when both are 0. */
export type PercentChange = number | "new" | null;

export interface ChangeRow<K> {
  category: K;
  a: number;
  b: number;
  /** b - a */
  change: number;
  percentChange: PercentChange;
}

export function percentChange(a: number, b: number): PercentChange {
  if (a === 0) return b === 0 ? null : "new";
  return ((b - a) / a) * 100;
}

/**
 * One row per category, in the order given, then any category counted in A or B but missing from the
 * list: a category present in one year only still gets its row (with 0 on the other side).
 */
export function compareCounts<K>(
  countsA: ReadonlyMap<K, number>,
  countsB: ReadonlyMap<K, number>,
  categories: readonly K[],
): Array<ChangeRow<K>> {
  const all = [...new Set([...categories, ...countsA.keys(), ...countsB.keys()])];
  return all.map((category) => {
    const a = countsA.get(category) ?? 0;
    const b = countsB.get(category) ?? 0;
    return { category, a, b, change: b - a, percentChange: percentChange(a, b) };
  });
}

/** The latest two years (A the earlier); A = B when only one year is loaded; undefined when none is. */
export function defaultCompareYears(reportYears: readonly number[]): { a: number; b: number } | undefined {
  const sorted = [...new Set(reportYears)].sort((x, y) => x - y);
  const b = sorted.at(-1);
  if (b === undefined) return undefined;
  return { a: sorted.at(-2) ?? b, b };
}

/** One initiative (one `key`) reported in both years; either side may hold several activities. */
export interface ContinuedInitiative {
  key: string;
  a: ActivityRecord[];
  b: ActivityRecord[];
}

export interface ActivityDiff {
  /** Activities of B whose key A does not have. */
  added: ActivityRecord[];
  continued: ContinuedInitiative[];
  /** Activities of A whose key B does not have: no longer reported. */
  removed: ActivityRecord[];
}

function groupByKey(activities: readonly ActivityRecord[]): Map<string, ActivityRecord[]> {
  const groups = new Map<string, ActivityRecord[]>();
  for (const activity of activities) {
    const group = groups.get(activity.key);
    if (group) group.push(activity);
    else groups.set(activity.key, [activity]);
  }
  return groups;
}

/**
 * Matched by `key`, never by title: "WSIS Forum 2022" and "WSIS Forum 2023" are one initiative, while two
 * activities with the same title but different keys are not. Lists keep the order of the input.
 */
export function diffActivitiesByKey(
  activitiesA: readonly ActivityRecord[],
  activitiesB: readonly ActivityRecord[],
): ActivityDiff {
  const groupsA = groupByKey(activitiesA);
  const groupsB = groupByKey(activitiesB);
  return {
    added: activitiesB.filter((activity) => !groupsA.has(activity.key)),
    continued: [...groupsB].flatMap(([key, b]) => {
      const a = groupsA.get(key);
      return a ? [{ key, a, b }] : [];
    }),
    removed: activitiesA.filter((activity) => !groupsB.has(activity.key)),
  };
}

/** ITU's role on one action line in one year, with the report edition that states it. */
export interface RoleInYear {
  /** Undefined before the first edition: the role is unknown. */
  edition: RoleEdition | undefined;
  /** Undefined when the edition gives ITU no role on the line (or the edition is unknown). */
  role: ItuRole | undefined;
  note: string | undefined;
}

/** The edition in force in `year` is the latest with fromYear <= year. */
export function roleInYear(editions: readonly RoleEdition[], line: string, year: number): RoleInYear {
  const edition = [...editions]
    .filter((candidate) => candidate.fromYear <= year)
    .sort((x, y) => y.fromYear - x.fromYear)[0];
  const entry = edition?.roles.find((item) => item.actionLine === line);
  return { edition, role: entry?.role, note: entry?.note };
}

export interface RoleComparison {
  line: string;
  a: RoleInYear;
  b: RoleInYear;
  /** The role, or the note that qualifies it ("on a temporary basis"), differs between A and B. */
  changed: boolean;
}

export function compareRoles(
  editions: readonly RoleEdition[],
  lines: readonly string[],
  yearA: number,
  yearB: number,
): RoleComparison[] {
  return lines.map((line) => {
    const a = roleInYear(editions, line, yearA);
    const b = roleInYear(editions, line, yearB);
    const known = (role: RoleInYear) => (role.edition ? (role.role ?? "none") : "unknown");
    return { line, a, b, changed: known(a) !== known(b) || a.note !== b.note };
  });
}
