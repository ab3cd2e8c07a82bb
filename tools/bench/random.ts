/**
 * Seeded randomness for the benchmark: everything generated from a seed is the
 * same bytes on every machine and every run (no Math.random anywhere).
 */

/** mulberry32: a tiny, fast 32-bit PRNG, good enough for synthetic text. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes numbers into one 32-bit seed (murmur3 finalizer), so stream i of seed s is independent of i±1. */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h ^= p >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A random source with the helpers the generators need. */
export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** Roughly normal (sum of uniforms), clamped to [lo, hi]. */
  around(mean: number, spread: number, lo: number, hi: number): number {
    const u = (this.next() + this.next() + this.next() + this.next() - 2) / 2; // ~[-1, 1]
    return Math.max(lo, Math.min(hi, Math.round(mean + u * spread)));
  }
  /** k distinct items (k ≤ xs.length), in drawing order. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const copy = [...xs];
    const out: T[] = [];
    for (let i = 0; i < k && copy.length > 0; i++) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
}

/**
 * Draws items with Zipf-like weights 1/(rank + offset)^s: a few very common,
 * a long tail of rare ones, as word frequencies in real text are.
 */
export class Zipf<T> {
  private readonly cumulative: Float64Array;
  constructor(
    readonly items: readonly T[],
    s = 1,
    offset = 2.7,
  ) {
    if (items.length === 0) throw new Error("Zipf over no items");
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    for (let r = 0; r < items.length; r++) {
      sum += 1 / (r + offset) ** s;
      this.cumulative[r] = sum;
    }
  }
  draw(rng: Rng): T {
    const x = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}
