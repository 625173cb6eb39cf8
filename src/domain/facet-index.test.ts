import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { makeActivity } from "../../tests/fixtures/dataset";
import type { ActivityRecord } from "./activity-record";
import {
  countByMainLine,
  countByMainLineAndSdg,
  countByMainLineAndSector,
  countByYearAndMainLine,
  countByYearAndSdg,
  countByYearAndSector,
} from "./aggregate";
import { countBySdg, countBySector } from "./count-by";
import { buildFacetIndex, matchFilters, selectActivities } from "./facet-index";
import { facetCountsFromIndex } from "./facet-index-counts";
import { compareLatestYearInIndex, kpisOfSummary } from "./facet-kpis";
import { summarizeMatches } from "./facet-summary";
import { computeFacetCounts } from "./facets";
import { filterActivities } from "./filter-activities";
import { EMPTY_FILTERS, type FilterState } from "./filter-state";
import { loadTextSearch } from "./text-search-loader";
import { compareLatestYear, computeKpis } from "./kpis";

// Free-text filters need the text search, which loads on demand.
beforeAll(loadTextSearch);

const SECTORS = ["ITU-R", "ITU-T", "ITU-D", "GS"];
const LINES = ["C1", "C2", "C5", "C7", "C7.e-health", "C7.e-learning", "C11"];
const WORDS = ["forum", "santé", "girls", "ICT", "spectrum"];

const activityArbitrary = fc.record({
  year: fc.integer({ min: 2019, max: 2024 }),
  sector: fc.option(fc.constantFrom(...SECTORS), { nil: undefined }),
  lines: fc.uniqueArray(fc.constantFrom(...LINES), { maxLength: 3 }),
  sdgs: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 4 }),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
});

type ActivityRow = typeof activityArbitrary extends fc.Arbitrary<infer Row> ? Row : never;

const toRecords = (rows: readonly ActivityRow[]): ActivityRecord[] =>
  rows.map((row, position) => ({
    ...makeActivity({
      id: `a${position}`,
      sector: row.sector === undefined ? undefined : { code: row.sector, basis: "stated" },
      actionLines: row.lines.map((code) => ({ code, basis: "assigned" as const })),
      sdgs: row.sdgs.map((sdg) => ({ sdg, basis: "matrix" as const })),
      title: row.words.join(" "),
    }),
    year: row.year,
    reportKind: "compiled",
  }));

const filtersArbitrary: fc.Arbitrary<FilterState> = fc.record({
  years: fc.uniqueArray(fc.integer({ min: 2018, max: 2025 }), { maxLength: 2 }),
  sectors: fc.uniqueArray(fc.constantFrom(...SECTORS), { maxLength: 2 }),
  lines: fc.uniqueArray(fc.constantFrom(...LINES), { maxLength: 2 }),
  sdgs: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 3 }),
  q: fc.oneof(fc.constant(""), fc.constantFrom(...WORDS), fc.constant("sante forum")),
});

// Up to 80 activities, so that bitsets span several 32-bit words and partial last words.
const datasetArbitrary = fc.array(activityArbitrary, { maxLength: 80 }).map(toRecords);
const RUNS = { numRuns: 400, seed: 20261128 };

describe("the facet index agrees with the readable definitions", () => {
  it("matches the same activities, in order, as filterActivities", () =>
    fc.assert(
      fc.property(
        datasetArbitrary,
        fc.array(filtersArbitrary, { minLength: 1, maxLength: 4 }),
        (all, list) => {
          const index = buildFacetIndex(all);
          // Several filters on one index: cached bitsets must not leak from one query into the next.
          for (const filters of list)
            expect(selectActivities(index, matchFilters(index, filters))).toEqual(
              filterActivities(all, filters),
            );
        },
      ),
      RUNS,
    ));

  it("counts what count-by and aggregate count over the filtered activities", () =>
    fc.assert(
      fc.property(datasetArbitrary, filtersArbitrary, (all, filters) => {
        const index = buildFacetIndex(all);
        const filtered = filterActivities(all, filters);
        const summary = summarizeMatches(index, matchFilters(index, filters));
        expect(summary.total).toBe(filtered.length);
        expect(summary.bySector).toEqual(countBySector(filtered));
        expect(summary.bySdg).toEqual(countBySdg(filtered));
        expect(summary.byMainLine).toEqual(countByMainLine(filtered));
        expect(summary.byMainLineAndSector).toEqual(countByMainLineAndSector(filtered));
        expect(summary.byMainLineAndSdg).toEqual(countByMainLineAndSdg(filtered));
        expect(summary.byYearAndSector).toEqual(countByYearAndSector(filtered));
        expect(summary.byYearAndMainLine).toEqual(countByYearAndMainLine(filtered));
        expect(summary.byYearAndSdg).toEqual(countByYearAndSdg(filtered));
        expect(summary.crossCutting).toBe(filtered.filter((a) => a.actionLines.length === 0).length);
        expect(summary.withoutSdg).toBe(filtered.filter((a) => a.sdgs.length === 0).length);
        expect(kpisOfSummary(summary)).toEqual(computeKpis(filtered));
      }),
      RUNS,
    ));

  it("compares the same pair of years with the same KPIs as compareLatestYear", () =>
    fc.assert(
      fc.property(datasetArbitrary, filtersArbitrary, (all, filters) => {
        const reportYears = [...new Set(all.map((activity) => activity.year))].sort((a, b) => a - b);
        const expected = compareLatestYear(
          filterActivities(all, { ...filters, years: [] }),
          reportYears,
          filters.years,
        );
        expect(compareLatestYearInIndex(buildFacetIndex(all), filters, reportYears)).toEqual(expected);
      }),
      RUNS,
    ));
});

describe("facetCountsFromIndex", () => {
  it("gives every filter option the count computeFacetCounts gives it", () =>
    fc.assert(
      fc.property(datasetArbitrary, filtersArbitrary, (all, filters) => {
        expect(facetCountsFromIndex(buildFacetIndex(all), filters)).toEqual(computeFacetCounts(all, filters));
      }),
      RUNS,
    ));
});

describe("buildFacetIndex", () => {
  it("indexes a dataset too large to spread into function arguments (200,000 activities)", () => {
    const [template] = toRecords([{ year: 2020, sector: "GS", lines: [], sdgs: [], words: ["x"] }]);
    const records = Array.from({ length: 200_000 }, (_, position) => ({
      ...template!,
      year: 2000 + (position % 25),
    }));
    const index = buildFacetIndex(records);
    expect([index.firstYear, index.lastYear, index.years.length]).toEqual([2000, 2024, 25]);
  });

  it("handles an empty dataset", () => {
    const index = buildFacetIndex([]);
    const summary = summarizeMatches(index, matchFilters(index, EMPTY_FILTERS));
    expect(summary.total).toBe(0);
    expect(summary.bySector.size).toBe(0);
  });

  it("rolls sub-lines up into their main line's bit and keeps a C7 filter matching them", () => {
    const [record] = toRecords([
      { year: 2023, sector: "ITU-D", lines: ["C7.e-health"], sdgs: [3], words: ["x"] },
    ]);
    const index = buildFacetIndex([record!]);
    expect(index.mainLinesAt[0]).toBe(1 << 6);
    expect(selectActivities(index, matchFilters(index, { ...EMPTY_FILTERS, lines: ["C7"] }))).toHaveLength(1);
    expect(selectActivities(index, matchFilters(index, { ...EMPTY_FILTERS, lines: ["C1"] }))).toHaveLength(0);
  });
});
