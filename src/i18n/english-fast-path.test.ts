import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { englishInteger, englishLongDate, englishPlural } from "./english-fast-path";

const intlNumber = new Intl.NumberFormat("en");
const intlPlural = new Intl.PluralRules("en");
const intlLongDate = new Intl.DateTimeFormat("en", { dateStyle: "long" });

describe("English without Intl", () => {
  it("writes every safe integer as Intl.NumberFormat('en') does", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        expect(englishInteger(value)).toBe(intlNumber.format(value));
      }),
      { seed: 8, numRuns: 2000 },
    );
    for (const value of [0, 7, 999, 1000, -1000, 1_000_000, -12_345, Number.MAX_SAFE_INTEGER])
      expect(englishInteger(value)).toBe(intlNumber.format(value));
  });

  it("leaves fractions, -0 and unsafe numbers to Intl", () => {
    for (const value of [1.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])
      expect(englishInteger(value)).toBeUndefined();
  });

  it("picks the plural form Intl.PluralRules('en') picks", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true })), (count) => {
        expect(englishPlural(count)).toBe(intlPlural.select(count));
      }),
      { seed: 8, numRuns: 2000 },
    );
    for (const count of [0, 1, -1, 1.0, 1.5, 2, 0.5])
      expect(englishPlural(count)).toBe(intlPlural.select(count));
  });

  it("writes a date as Intl.DateTimeFormat('en', { dateStyle: 'long' }) does", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1000-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }),
        (date) => {
          expect(englishLongDate(date)).toBe(intlLongDate.format(date));
        },
      ),
      { seed: 8, numRuns: 2000 },
    );
    expect(englishLongDate(new Date(2026, 10, 28))).toBe("November 28, 2026");
    expect(englishLongDate(new Date(Number.NaN))).toBeUndefined();
  });
});
