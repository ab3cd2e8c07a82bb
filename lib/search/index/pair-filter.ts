import { type ForwardIndex, SEPARATOR } from "./forward";

/**
 * Per article, a Bloom filter of the folded syllable pairs that occur side by
 * side, built from the forward index when the index is loaded (8 bits per
 * syllable, two probes: about 5 % false positives). A quoted phrase whose
 * word pairs are not all in an article's filter is not in the article, so the
 * article's syllables need no scan: most articles that hold a phrase's words
 * apart are ruled out at once. Never a false negative.
 */
export interface PairFilter {
  /** Article d's bits are words[offsets[d], offsets[d + 1]). */
  offsets: Uint32Array;
  words: Uint32Array;
}

const BITS_PER_SYLLABLE = 8;

function hash(a: number, b: number): number {
  let h = Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

export function buildPairFilter(fwd: ForwardIndex): PairFilter {
  const n = fwd.start.length - 1;
  const offsets = new Uint32Array(n + 1);
  for (let d = 0; d < n; d++) {
    const len = fwd.start[d + 1]! - fwd.start[d]!;
    offsets[d + 1] = offsets[d]! + Math.max(1, Math.ceil((len * BITS_PER_SYLLABLE) / 32));
  }
  const words = new Uint32Array(offsets[n]!);
  const { ids, folded } = fwd;
  for (let d = 0; d < n; d++) {
    const base = offsets[d]!;
    const bits = (offsets[d + 1]! - base) * 32;
    for (let k = fwd.start[d]! + 1; k < fwd.start[d + 1]!; k++) {
      const x = ids[k - 1]!;
      const y = ids[k]!;
      if (x === SEPARATOR || y === SEPARATOR) continue;
      const h = hash(folded[x]!, folded[y]!);
      const b1 = h % bits;
      const b2 = Math.imul(h, 0x27d4eb2f) >>> 0;
      const b2m = b2 % bits;
      words[base + (b1 >>> 5)]! |= 1 << (b1 & 31);
      words[base + (b2m >>> 5)]! |= 1 << (b2m & 31);
    }
  }
  return { offsets, words };
}

/** False when article d certainly has no folded syllable a followed by b. */
export function mayHoldPair(filter: PairFilter, d: number, a: number, b: number): boolean {
  const base = filter.offsets[d]!;
  const bits = (filter.offsets[d + 1]! - base) * 32;
  const h = hash(a, b);
  const b1 = h % bits;
  const b2 = (Math.imul(h, 0x27d4eb2f) >>> 0) % bits;
  return (
    ((filter.words[base + (b1 >>> 5)]! >>> (b1 & 31)) & 1) === 1 &&
    ((filter.words[base + (b2 >>> 5)]! >>> (b2 & 31)) & 1) === 1
  );
}
