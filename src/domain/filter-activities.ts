import type { ActivityRecord } from "./activity-record";
import type { FilterState } from "./filter-state";

/** Folds case and accents so that "e-sante" finds "e-santé". */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

// Normalising is the costly part of a search; records are immutable, so each is normalised once.
const searchTextCache = new WeakMap<ActivityRecord, string>();

function searchTextOf(activity: ActivityRecord): string {
  let text = searchTextCache.get(activity);
  if (text === undefined) {
    text = normalizeSearchText(`${activity.title} ${activity.summary}`);
    searchTextCache.set(activity, text);
  }
  return text;
}

/** The words of a free-text query, folded like the text they are looked for in. */
export function searchTermsOf(query: string): string[] {
  return normalizeSearchText(query).split(/\s+/).filter(Boolean);
}

/** True when the title or summary holds every term. */
export function matchesSearchTerms(activity: ActivityRecord, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = searchTextOf(activity);
  return terms.every((term) => haystack.includes(term));
}

/**
 * AND across dimensions, OR within one: sdg=5~9 keeps activities linked to SDG 5 or SDG 9.
 * Choosing line C7 also keeps its sub-lines (C7.e-health ...), as readers of the plan of action expect.
 */
export function filterActivities(
  activities: readonly ActivityRecord[],
  filters: FilterState,
): ActivityRecord[] {
  const years = new Set(filters.years);
  const sectors = new Set(filters.sectors);
  const sdgs = new Set(filters.sdgs);
  const terms = searchTermsOf(filters.q);
  const matchesLine = (code: string) =>
    filters.lines.some((line) => code === line || code.startsWith(`${line}.`));

  return activities.filter(
    (activity) =>
      (years.size === 0 || years.has(activity.year)) &&
      (sectors.size === 0 || (activity.sector !== undefined && sectors.has(activity.sector.code))) &&
      (filters.lines.length === 0 || activity.actionLines.some((link) => matchesLine(link.code))) &&
      (sdgs.size === 0 || activity.sdgs.some((link) => sdgs.has(link.sdg))) &&
      matchesSearchTerms(activity, terms),
  );
}
