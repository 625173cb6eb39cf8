import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCompareParams, serializeCompareParams, withCompareParams } from "./compare-params";
import { formatHash } from "./hash-location";

const YEARS = [2010, 2022, 2023, 2025];
const parse = (query: string, years: readonly number[] = YEARS) =>
  parseCompareParams(new URLSearchParams(query), years);

describe("parseCompareParams", () => {
  it.each([
    ["", { a: 2023, b: 2025 }],
    ["a=2022", { a: 2022, b: 2025 }],
    ["a=2022&b=2023", { a: 2022, b: 2023 }],
    ["a=2025&b=2010", { a: 2025, b: 2010 }],
    ["a=2023&b=2023", { a: 2023, b: 2023 }],
    ["a=%202022%20", { a: 2022, b: 2025 }],
  ])("reads %j", (query, expected) => {
    expect(parse(query)).toEqual({ years: expected, dropped: [] });
  });

  it("falls back to the default for a malformed year, saying why", () => {
    expect(parse("a=twenty&b=2022")).toEqual({
      years: { a: 2023, b: 2022 },
      dropped: [{ code: "yearFormatShowing", param: "a", value: "twenty", fallback: "2023" }],
    });
  });

  it("falls back to the default for a year without a report", () => {
    const { years, dropped } = parse("a=2022&b=1999");
    expect(years).toEqual({ a: 2022, b: 2025 });
    expect(dropped).toEqual([{ code: "noReport", param: "b", value: "1999", fallback: "2025" }]);
  });

  it("compares the only loaded year with itself, and has no years without data", () => {
    expect(parse("", [2024])).toEqual({ years: { a: 2024, b: 2024 }, dropped: [] });
    expect(parse("a=2022", [])).toEqual({ years: undefined, dropped: [] });
  });

  it("never throws, whatever the query", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const params = new URLSearchParams();
        params.set("a", a);
        params.set("b", b);
        const { years } = parseCompareParams(params, YEARS);
        expect(YEARS).toContain(years?.a);
        expect(YEARS).toContain(years?.b);
      }),
      { numRuns: 2000, seed: 43 },
    );
  });
});

describe("serializeCompareParams", () => {
  it("writes only the years that differ from the default", () => {
    expect(serializeCompareParams({ a: 2023, b: 2025 }, YEARS)).toEqual([]);
    expect(serializeCompareParams({ a: 2022, b: 2025 }, YEARS)).toEqual([["a", "2022"]]);
    expect(serializeCompareParams({ a: 2023, b: 2010 }, YEARS)).toEqual([["b", "2010"]]);
  });

  it("round-trips any pair of loaded years", () => {
    const year = fc.constantFrom(...YEARS);
    fc.assert(
      fc.property(year, year, (a, b) => {
        const query = new URLSearchParams(serializeCompareParams({ a, b }, YEARS));
        expect(parseCompareParams(query, YEARS)).toEqual({ years: { a, b }, dropped: [] });
      }),
      { numRuns: 500, seed: 44 },
    );
  });
});

describe("withCompareParams", () => {
  it("keeps the other parameters intact, in their order, and replaces a and b", () => {
    const params = new URLSearchParams("sector=ITU-D&a=1999&q=girls&b=2023&year=2010");
    const entries = withCompareParams(params, { a: 2022, b: 2025 }, YEARS);
    expect(formatHash("/compare", entries)).toBe("#/compare?sector=ITU-D&q=girls&year=2010&a=2022");
    expect(withCompareParams(params, { a: 2023, b: 2025 }, YEARS)).toEqual([
      ["sector", "ITU-D"],
      ["q", "girls"],
      ["year", "2010"],
    ]);
  });
});
