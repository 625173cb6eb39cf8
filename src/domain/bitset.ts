/**
 * A fixed-size set of activity positions, 32 to a word. Filtering 100k activities becomes a few thousand
 * word operations per dimension instead of a predicate per activity.
 */
export type Bitset = Uint32Array;

export function emptyBitset(size: number): Bitset {
  return new Uint32Array(Math.ceil(size / 32));
}

export function fullBitset(size: number): Bitset {
  const bits = emptyBitset(size);
  bits.fill(0xffffffff);
  const tail = size % 32;
  // Positions past `size` stay clear, so that counting and iterating never see them.
  if (tail !== 0) bits[bits.length - 1] = (2 ** tail - 1) >>> 0;
  return bits;
}

export function setBit(bits: Bitset, position: number): void {
  const word = position >>> 5;
  bits[word] = (bits[word] ?? 0) | (1 << (position & 31));
}

export function hasBit(bits: Bitset, position: number): boolean {
  return (((bits[position >>> 5] ?? 0) >>> (position & 31)) & 1) === 1;
}

/** `target` becomes target AND source. */
export function intersectInto(target: Bitset, source: Bitset): void {
  for (let word = 0; word < target.length; word += 1)
    target[word] = (target[word] ?? 0) & (source[word] ?? 0);
}

/** `target` becomes target OR source. */
export function uniteInto(target: Bitset, source: Bitset): void {
  for (let word = 0; word < target.length; word += 1)
    target[word] = (target[word] ?? 0) | (source[word] ?? 0);
}

/** Calls `visit` with every set position, in ascending order. */
export function forEachSetBit(bits: Bitset, visit: (position: number) => void): void {
  for (let word = 0; word < bits.length; word += 1) {
    let value = bits[word] ?? 0;
    while (value !== 0) {
      const lowest = value & -value;
      visit(word * 32 + (31 - Math.clz32(lowest)));
      value ^= lowest;
    }
  }
}

export function countBits(bits: Bitset): number {
  let total = 0;
  for (let word = 0; word < bits.length; word += 1) {
    const word32 = bits[word] ?? 0;
    let value = word32 - ((word32 >>> 1) & 0x55555555);
    value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
    total += Math.imul((value + (value >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
  }
  return total;
}

/** |a AND b|, without building the intersection. */
export function countIntersection(first: Bitset, second: Bitset): number {
  let total = 0;
  for (let word = 0; word < first.length; word += 1) {
    const both = (first[word] ?? 0) & (second[word] ?? 0);
    let value = both - ((both >>> 1) & 0x55555555);
    value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
    total += Math.imul((value + (value >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
  }
  return total;
}
