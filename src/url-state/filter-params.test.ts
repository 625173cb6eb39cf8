import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, type FilterState } from "../domain/filter-state";
import { parseFilterParams, serializeFilterParams } from "./filter-params";
import { formatHash, parseHash } from "./hash-location";

const parse = (query: string) => parseFilterParams(new URLSearchParams(query));

describe("parseFilterParams", () => {
  it.each([
    ["", EMPTY_FILTERS],
    ["sdg=5~9&year=2023", { ...EMPTY_FILTERS, sdgs: [5, 9], years: [2023] }],
    ["sdg=9,5", { ...EMPTY_FILTERS, sdgs: [5, 9] }],
    ["sdg=9&sdg=5&sdg=5", { ...EMPTY_FILTERS, sdgs: [5, 9] }],
    ["sector=itu-d~GS", { ...EMPTY_FILTERS, sectors: ["GS", "ITU-D"] }],
    ["line=c7.E-Health~C11~C2", { ...EMPTY_FILTERS, lines: ["C2", "C7.e-health", "C11"] }],
    ["q=%20girls%20in%20ICT%20", { ...EMPTY_FILTERS, q: "girls in ICT" }],
  ])("reads %j", (query, expected) => {
    expect(parse(query)).toEqual({ filters: expected, dropped: [] });
  });

  it("drops malformed values with a reason and keeps the good ones", () => {
    const { filters, dropped } = parse("sdg=5~19~x&year=23~2021&line=C12~C4&sector=%3Cb%3E");
    expect(filters).toEqual({ ...EMPTY_FILTERS, sdgs: [5], years: [2021], lines: ["C4"] });
    expect(dropped.map((item) => `${item.param}=${item.value}`)).toEqual([
      "year=23",
      "sector=<b>",
      "line=C12",
      "sdg=19",
      "sdg=x",
    ]);
    expect(dropped.map((item) => item.code)).toEqual(["yearFormat", "sector", "line", "sdg", "sdg"]);
  });

  it("cuts a long search text to its start, and says so", () => {
    const { filters, dropped } = parse(`q=${"cyber ".repeat(60)}`);
    expect(filters.q).toHaveLength(200);
    expect(dropped).toEqual([
      { code: "textCut", param: "q", value: expect.stringMatching(/^cyber cyber .*…$/) },
    ]);
    expect(parse(`q=${"a".repeat(200)}`).dropped).toEqual([]);
  });
});

describe("serializeFilterParams", () => {
  it("writes only non-default values, lists joined by ~", () => {
    expect(serializeFilterParams(EMPTY_FILTERS)).toEqual([]);
    const filters: FilterState = {
      years: [2022, 2023],
      sectors: [],
      lines: ["C7.e-health"],
      sdgs: [5],
      q: "  ",
    };
    expect(formatHash("/", serializeFilterParams(filters))).toBe("#/?year=2022~2023&line=C7.e-health&sdg=5");
  });
});

const filterStateArbitrary: fc.Arbitrary<FilterState> = fc.record({
  years: fc
    .uniqueArray(fc.integer({ min: 1990, max: 2100 }), { maxLength: 4 })
    .map((v) => v.sort((a, b) => a - b)),
  sectors: fc
    .uniqueArray(fc.constantFrom("GS", "ITU-D", "ITU-R", "ITU-T"), { maxLength: 4 })
    .map((v) => v.sort()),
  lines: fc
    .uniqueArray(fc.constantFrom("C1", "C2", "C7", "C7.e-health", "C10", "C11"), { maxLength: 4 })
    .map((v) => v.sort((a, b) => a.localeCompare(b, "en", { numeric: true }))),
  sdgs: fc
    .uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 17 })
    .map((v) => v.sort((a, b) => a - b)),
  q: fc.string({ maxLength: 40 }).map((text) => text.trim()),
});

describe("URL round trip (property-based)", () => {
  it("parse(serialize(state)) gives the state back through a real hash", () => {
    fc.assert(
      fc.property(filterStateArbitrary, (filters) => {
        const hash = formatHash("/activities", serializeFilterParams(filters));
        const location = parseHash(hash);
        expect(location.path).toBe("/activities");
        expect(parseFilterParams(location.params)).toEqual({ filters, dropped: [] });
      }),
      { numRuns: 2000, seed: 20261128 },
    );
  });

  it("never throws on arbitrary query strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (query) => {
        const { filters } = parseFilterParams(parseHash(`#/?${query}`).params);
        expect(filters.sdgs.every((sdg) => sdg >= 1 && sdg <= 17)).toBe(true);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it("never throws on any hash: every code unit, broken percent escapes, repeated keys", () => {
    const part = fc.oneof(
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.constantFrom("%", "%E0%A4%A", "%FF", "sdg=", "year=", "sector=", "line=", "q=", "&", "~", ","),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 20 }), (parts) => {
        const { filters } = parseFilterParams(parseHash(`#/?${parts.join("")}`).params);
        expect(filters.years.every((year) => Number.isInteger(year))).toBe(true);
      }),
      { numRuns: 3000, seed: 8 },
    );
  });
});
