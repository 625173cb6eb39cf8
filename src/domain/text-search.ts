import MiniSearch from "minisearch";
import type { ActivityRecord } from "./activity-record";
import { normalizeSearchText, searchTermsOf, typosForgiven, wordsOf, type TextScores } from "./search-text";

interface SearchDocument {
  id: number;
  title: string;
  summary: string;
}

/**
 * A full-text index over titles and summaries (MiniSearch: prefixes, a typo, relevance by BM25), with the
 * plain "the text contains the term" match kept as a floor, so that a query finds at least what it
 * found before (old links keep their rows).
 */
export interface TextSearch {
  /**
   * False until the index is built; meanwhile only the plain "contains" match answers. A small list is
   * indexed at its first search; a large one when prepare() is called.
   */
  readonly ready: boolean;
  /** Builds the index (at once for a small list, in slices that leave the page responsive otherwise). */
  prepare(): Promise<void>;
  search(query: string): TextScores;
}

/** Above this many activities the index is built in slices between frames rather than in one go. */
export const SLICED_BUILD_FROM = 5_000;

export function createTextSearch(activities: readonly ActivityRecord[]): TextSearch {
  let folded: string[] | undefined;
  const foldedTexts = () =>
    (folded ??= activities.map((activity) => normalizeSearchText(`${activity.title} ${activity.summary}`)));
  const vocabulary = new Set<string>();
  const engine = new MiniSearch<SearchDocument>({
    fields: ["title", "summary"],
    tokenize: (text) => {
      const words = wordsOf(normalizeSearchText(text));
      for (const word of words) vocabulary.add(word);
      return words;
    },
    processTerm: (term) => term,
    searchOptions: {
      boost: { title: 2 },
      combineWith: "AND",
      // A prefix of one or two letters would expand to most of the vocabulary; "contains" covers them.
      prefix: (word) => word.length >= 3,
      fuzzy: (word) => typosForgiven(word) || false,
      tokenize: (text) => text.split(" "),
    },
  });
  const documents = activities.map((activity, id) => ({
    id,
    title: activity.title,
    summary: activity.summary,
  }));
  let ready = false;
  let building: Promise<void> | undefined;

  /** "cybersecurity" also finds "cyber security": the ways to cut it into two known words of 3+ letters. */
  function splits(word: string): string[] {
    const found: string[] = [];
    for (let cut = 3; cut <= word.length - 3; cut += 1) {
      const head = word.slice(0, cut);
      const tail = word.slice(cut);
      if (vocabulary.has(head) && vocabulary.has(tail)) found.push(`${head} ${tail}`);
    }
    return found;
  }

  /** The activities matching one typed term: the engine's match of its words, or the plain contains. */
  function termScores(term: string): Map<number, number> {
    const scores = new Map<number, number>();
    const words = wordsOf(term);
    const add = (query: string) => {
      for (const result of engine.search(query)) {
        const id = result.id as number;
        scores.set(id, Math.max(result.score, scores.get(id) ?? 0));
      }
    };
    if (ready && words.length > 0) {
      add(words.join(" "));
      // "cyber-security" is also looked for as "cybersecurity", and the other way round.
      if (words.length > 1) add(words.join(""));
      if (words.length === 1) for (const split of splits(words[0] ?? "")) add(split);
    }
    foldedTexts().forEach((text, position) => {
      if (!scores.has(position) && text.includes(term)) scores.set(position, 0);
    });
    return scores;
  }

  /** Every term must match (AND); a match's score is the sum of its terms' scores. */
  function allOf(terms: readonly string[], scoresOf: (term: string) => Map<number, number>) {
    const [first, ...rest] = terms.map(scoresOf).sort((a, b) => a.size - b.size);
    const result = new Map<number, number>();
    if (!first) return result;
    for (const [position, score] of first) {
      let total = score;
      let all = true;
      for (const other of rest) {
        const more = other.get(position);
        if (more === undefined) {
          all = false;
          break;
        }
        total += more;
      }
      if (all) result.set(position, total);
    }
    return result;
  }

  return {
    get ready() {
      return ready;
    },
    prepare() {
      building ??= (
        activities.length < SLICED_BUILD_FROM
          ? Promise.resolve(engine.addAll(documents))
          : engine.addAllAsync(documents, { chunkSize: 200 })
      ).then(() => {
        ready = true;
      });
      if (activities.length < SLICED_BUILD_FROM) ready = true;
      return building;
    },
    search(query) {
      const terms = searchTermsOf(query);
      if (terms.length === 0) return new Map();
      if (activities.length < SLICED_BUILD_FROM) void this.prepare();
      const cache = new Map<string, Map<number, number>>();
      const scoresOf = (term: string) => {
        let scores = cache.get(term);
        if (!scores) {
          scores = termScores(term);
          cache.set(term, scores);
        }
        return scores;
      };
      const result = allOf(terms, scoresOf);
      // "cyber security" also finds "cybersecurity": each pair of neighbouring terms is tried joined.
      for (let index = 0; index + 1 < terms.length; index += 1) {
        const joined = [
          ...terms.slice(0, index),
          `${terms[index]}${terms[index + 1]}`,
          ...terms.slice(index + 2),
        ];
        for (const [position, score] of allOf(joined, scoresOf))
          result.set(position, Math.max(score, result.get(position) ?? 0));
      }
      return result;
    },
  };
}

// One index per list of activities: records are immutable, and a new dataset is a new list.
const searches = new WeakMap<readonly ActivityRecord[], TextSearch>();

/** The text search over `activities`, built on first use. */
export function textSearchOf(activities: readonly ActivityRecord[]): TextSearch {
  let search = searches.get(activities);
  if (!search) {
    search = createTextSearch(activities);
    searches.set(activities, search);
  }
  return search;
}
