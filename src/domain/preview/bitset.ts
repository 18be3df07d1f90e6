// Sets of people as bits (one bit per sample row), so the decision trees and
// the overlap matrix of 50 profiles over 100,000 people are word operations,
// not nested loops over people.

export type Bitset = Uint32Array;

export const bitset = (size: number): Bitset => new Uint32Array(Math.ceil(size / 32));

export function setBit(set: Bitset, index: number): void {
  set[index >>> 5] |= 1 << (index & 31);
}

export function hasBit(set: Bitset, index: number): boolean {
  return (set[index >>> 5] & (1 << (index & 31))) !== 0;
}

function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function count(set: Bitset): number {
  let total = 0;
  for (let i = 0; i < set.length; i++) total += popcount(set[i]);
  return total;
}

/** |a ∩ b| without building the intersection. */
export function countBoth(a: Bitset, b: Bitset): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += popcount(a[i] & b[i]);
  return total;
}

/** |a ∩ b|, then removes a from b: "who among b does a take". */
export function takeFrom(a: Bitset, remaining: Bitset): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    total += popcount(a[i] & remaining[i]);
    remaining[i] &= ~a[i];
  }
  return total;
}
