import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  countBits,
  emptyBitset,
  forEachSetBit,
  fullBitset,
  hasBit,
  intersectInto,
  setBit,
  uniteInto,
} from "./bitset";

const positionsOf = (bits: Uint32Array) => {
  const positions: number[] = [];
  forEachSetBit(bits, (position) => positions.push(position));
  return positions;
};
const bitsetOf = (size: number, positions: readonly number[]) => {
  const bits = emptyBitset(size);
  for (const position of positions) setBit(bits, position);
  return bits;
};
const sets = fc
  .integer({ min: 1, max: 200 })
  .chain((size) =>
    fc.tuple(fc.constant(size), fc.uniqueArray(fc.nat(size - 1)), fc.uniqueArray(fc.nat(size - 1))),
  );
const RUNS = { numRuns: 500, seed: 42 };

describe("bitset", () => {
  it("a full set holds exactly 0..size-1, including a partial last word", () => {
    for (const size of [1, 31, 32, 33, 64, 100]) {
      expect(positionsOf(fullBitset(size))).toEqual(Array.from({ length: size }, (_, index) => index));
      expect(countBits(fullBitset(size))).toBe(size);
    }
  });

  it("iterates set positions in ascending order, bit 31 included", () =>
    fc.assert(
      fc.property(sets, ([size, positions]) => {
        const bits = bitsetOf(size, positions);
        expect(positionsOf(bits)).toEqual([...positions].sort((a, b) => a - b));
        expect(countBits(bits)).toBe(positions.length);
        for (const position of positions) expect(hasBit(bits, position)).toBe(true);
      }),
      RUNS,
    ));

  it("intersects and unites like sets", () =>
    fc.assert(
      fc.property(sets, ([size, first, second]) => {
        const both = bitsetOf(size, first);
        intersectInto(both, bitsetOf(size, second));
        expect(positionsOf(both)).toEqual(first.filter((p) => second.includes(p)).sort((a, b) => a - b));
        const either = bitsetOf(size, first);
        uniteInto(either, bitsetOf(size, second));
        expect(positionsOf(either)).toEqual([...new Set([...first, ...second])].sort((a, b) => a - b));
      }),
      RUNS,
    ));
});
