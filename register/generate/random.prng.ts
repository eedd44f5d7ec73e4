/**
 * Seeded pseudo-random numbers for the register generator: xoshiro128** (Blackman and Vigna),
 * seeded by a splitmix-style sequence (golden-ratio steps mixed by the MurmurHash3 finalizer).
 * The same seed gives the same sequence on any platform, because only 32-bit integer
 * arithmetic is used.
 */

function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

/**
 * Combines a seed with stream numbers (for example a school index and a pupil index) into one
 * 32-bit seed, so that each stream gets an independent sequence.
 */
export function deriveSeed(seed: number, ...streams: number[]): number {
  let hash = seed >>> 0;
  for (const stream of streams) {
    hash = splitmix32(hash ^ Math.imul(stream + 1, 0x27d4eb2d))[1];
  }
  return hash;
}

/** xoshiro128** generator with helpers for the distributions the generator needs. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let state = seed | 0;
    let value: number;
    [state, value] = splitmix32(state);
    this.a = value | 0;
    [state, value] = splitmix32(state);
    this.b = value | 0;
    [state, value] = splitmix32(state);
    this.c = value | 0;
    [, value] = splitmix32(state);
    this.d = value | 0;
  }

  /** Returns the next unsigned 32-bit integer. */
  nextUint32(): number {
    const result = Math.imul(rotateLeft(Math.imul(this.b, 5), 7), 9) >>> 0;
    const shifted = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= shifted;
    this.d = rotateLeft(this.d, 11);
    return result;
  }

  /** Returns a number in [0, 1). */
  float(): number {
    return this.nextUint32() / 4_294_967_296;
  }

  /** Returns a whole number in [0, count). */
  int(count: number): number {
    return Math.floor(this.float() * count);
  }

  /** Returns true with the given probability. */
  chance(probability: number): boolean {
    return this.float() < probability;
  }

  /** Returns a random element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** Returns an index drawn in proportion to `cumulativeWeights`, a running total. */
  pickCumulative(cumulativeWeights: readonly number[]): number {
    const target = this.float() * cumulativeWeights[cumulativeWeights.length - 1]!;
    let index = 0;
    while (cumulativeWeights[index]! <= target) index++;
    return index;
  }
}

function rotateLeft(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits));
}

/** Converts weights into running totals for `Random.pickCumulative`. */
export function cumulative(weights: readonly number[]): number[] {
  let total = 0;
  return weights.map((weight) => (total += weight));
}
