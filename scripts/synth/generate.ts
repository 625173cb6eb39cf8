import type { Reference } from "../../src/schema/reference";
import type { Activity, Report } from "../../src/schema/report";

export interface SynthOptions {
  activities: number;
  firstYear: number;
  lastYear: number;
  seed: number;
}

/** mulberry32: tiny, fast and deterministic, so a seed always gives the same dataset. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  "broadband",
  "cybersecurity",
  "digital skills",
  "e-waste",
  "emergency telecoms",
  "spectrum",
  "standards",
  "e-health",
  "accessibility",
  "statistics",
];
const VERBS = ["workshop on", "study of", "training in", "forum on", "toolkit for", "pilot project on"];

/**
 * A synthetic dataset for scale tests: valid against the schema and the reference (codes, matrix links),
 * marked `kind: "synthetic"` in every report so that it can never pass for real data.
 */
export function generateSyntheticReports(reference: Reference, options: SynthOptions): Report[] {
  const random = createRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const years = Array.from(
    { length: options.lastYear - options.firstYear + 1 },
    (_, index) => options.firstYear + index,
  );
  const lines = reference.actionLines.map((line) => line.code);
  const matrix = new Map(reference.matrix.entries.map((entry) => [entry.actionLine, entry.recommendedSdgs]));
  const byYear = new Map<number, Activity[]>(years.map((year) => [year, []]));

  for (let index = 0; index < options.activities; index += 1) {
    const year = pick(years);
    const topic = pick(TOPICS);
    const lineCount = random() < 0.3 ? 0 : random() < 0.8 ? 1 : 2;
    const activityLines = [...new Set(Array.from({ length: lineCount }, () => pick(lines)))];
    const sdgs = [...new Set(activityLines.flatMap((line) => matrix.get(line) ?? []))].slice(
      0,
      1 + Math.floor(random() * 4),
    );
    byYear.get(year)?.push({
      id: `S${String(index + 1).padStart(6, "0")}`,
      key: `synthetic-${topic.replace(/\s+/g, "-")}-${index % 500}`,
      ...(random() < 0.95
        ? { sector: { code: pick(reference.sectors).code, basis: "assigned" as const } }
        : {}),
      actionLines: activityLines.map((code) => ({ code, basis: "assigned" as const })),
      sdgs: sdgs.map((sdg) => ({ sdg, basis: "matrix" as const })),
      title: `Synthetic ${pick(VERBS)} ${topic} #${index + 1}`,
      summary: `Generated record ${index + 1} (seed ${options.seed}) about ${topic}; not a real ITU activity.`,
      sources: [{ url: `https://example.org/synthetic/${index + 1}` }],
    });
  }
  return years.map((year) => ({
    formatVersion: 1,
    meta: {
      year,
      title: `Synthetic activities for ${year} (scale testing only)`,
      kind: "synthetic",
      period: { from: `${year}-01-01`, to: `${year}-12-31` },
      description: `Synthetic data generated with seed ${options.seed}; not ITU data.`,
    },
    activities: byYear.get(year) ?? [],
  }));
}
