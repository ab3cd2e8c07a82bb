import { type ForwardIndex, SEPARATOR } from "./forward";

/**
 * Per article, a Bloom filter of the folded syllable pairs that occur side by
 * side, built from the forward index when the index is loaded (8 bits per
 * syllable, two probes: about 5 % false positives). A quoted phrase whose
 * word pairs are not all in an article's filter is not in the article, so the
 * article's syllables need no scan: most articles that hold a phrase's words
 * apart are ruled out at once. Never a false negative.
 *
 * The filter is blocked: a pair's two bits are in one block of 16 bytes
 * (chosen by the pair's hash), so a probe reads one cache line, not two. A
 * phrase check probes every article that holds the phrase's words, at
 * random places of a filter the size of the corpus: those reads were most of
 * a common phrase's time.
 */
export interface PairFilter {
  /** Article d's bits are words[offsets[d], offsets[d + 1]), whole blocks. */
  offsets: Uint32Array;
  words: Uint32Array;
}

const BITS_PER_SYLLABLE = 8;
/** Words per block: 128 bits, 16 bytes (typed arrays' data is 16-byte aligned, so a block never spans two cache lines). */
const BLOCK_WORDS = 4;

function hash(a: number, b: number): number {
  let h = Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** The two bits of a pair inside its block (0–127 each), from bits of the hash the block choice does not use. */
function inBlock(h: number): number {
  return Math.imul(h ^ (h >>> 16), 0x27d4eb2f) >>> 18;
}

export function buildPairFilter(fwd: ForwardIndex): PairFilter {
  const n = fwd.start.length - 1;
  const offsets = new Uint32Array(n + 1);
  for (let d = 0; d < n; d++) {
    const len = fwd.start[d + 1]! - fwd.start[d]!;
    const blocks = Math.max(1, Math.ceil((len * BITS_PER_SYLLABLE) / (32 * BLOCK_WORDS)));
    offsets[d + 1] = offsets[d]! + blocks * BLOCK_WORDS;
  }
  const words = new Uint32Array(offsets[n]!);
  const { ids, folded } = fwd;
  for (let d = 0; d < n; d++) {
    const base = offsets[d]!;
    const blocks = (offsets[d + 1]! - base) / BLOCK_WORDS;
    for (let k = fwd.start[d]! + 1; k < fwd.start[d + 1]!; k++) {
      const x = ids[k - 1]!;
      const y = ids[k]!;
      if (x === SEPARATOR || y === SEPARATOR) continue;
      const h = hash(folded[x]!, folded[y]!);
      const block = base + (h % blocks) * BLOCK_WORDS;
      const bits = inBlock(h);
      const b1 = bits & 127;
      const b2 = bits >>> 7;
      words[block + (b1 >>> 5)]! |= 1 << (b1 & 31);
      words[block + (b2 >>> 5)]! |= 1 << (b2 & 31);
    }
  }
  return { offsets, words };
}

/** False when article d certainly has no folded syllable a followed by b. */
export function mayHoldPair(filter: PairFilter, d: number, a: number, b: number): boolean {
  const base = filter.offsets[d]!;
  const blocks = (filter.offsets[d + 1]! - base) / BLOCK_WORDS;
  const h = hash(a, b);
  const block = base + (h % blocks) * BLOCK_WORDS;
  const bits = inBlock(h);
  const b1 = bits & 127;
  const b2 = bits >>> 7;
  return (
    ((filter.words[block + (b1 >>> 5)]! >>> (b1 & 31)) & 1) === 1 &&
    ((filter.words[block + (b2 >>> 5)]! >>> (b2 & 31)) & 1) === 1
  );
}

/**
 * A test of an article for several pairs (a[j] followed by b[j], every j):
 * false when the filter rules one out. The pair that last ruled an article
 * out is probed first (moved to the front): a phrase's rare pair soon leads,
 * and most articles cost one probe, each a read from memory, instead of one
 * per common pair before it.
 */
export function pairsTest(filter: PairFilter, a: readonly number[], b: readonly number[]): (d: number) => boolean {
  const x = a.slice();
  const y = b.slice();
  return (d) => {
    for (let j = 0; j < x.length; j++) {
      if (mayHoldPair(filter, d, x[j]!, y[j]!)) continue;
      if (j > 0) {
        const [p, q] = [x[j]!, y[j]!];
        x[j] = x[0]!;
        y[j] = y[0]!;
        x[0] = p;
        y[0] = q;
      }
      return false;
    }
    return true;
  };
}

/** At most this many pairs of forms asked for two consecutive words (FormPairs.mayHold). */
const MAX_FORM_PAIRS = 256;

/**
 * The written forms (ids) found side by side anywhere in the corpus, as a
 * Bloom filter of two probes and about one bit per syllable of the corpus
 * (a corpus repeats its phrases: on the benchmark's 10,000 articles, 188,000
 * distinct pairs of 6.9 million), filled by one pass over the forward index
 * after load. Never a false negative. A phrase of accented words whose forms
 * never stand side by side anywhere is held by no article, and needs no scan
 * of every article holding its syllables (a "did you mean" phrase is often
 * such: "hỗ trợ báo đảm").
 */
export class FormPairs {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  /** Room for `pairs` pairs side by side (an upper bound on the distinct ones). */
  constructor(pairs: number) {
    const words = 2 ** Math.max(5, Math.ceil(Math.log2(Math.max(1, pairs) / 32)));
    this.bits = new Uint32Array(words);
    this.mask = words * 32 - 1;
  }

  add(x: number, y: number): void {
    const h = hash(x, y);
    const b1 = h & this.mask;
    const b2m = (inBlock(h) ^ (h >>> 7)) & this.mask;
    this.bits[b1 >>> 5]! |= 1 << (b1 & 31);
    this.bits[b2m >>> 5]! |= 1 << (b2m & 31);
  }

  /** False when forms x and y are certainly never side by side. */
  has(x: number, y: number): boolean {
    const h = hash(x, y);
    const b1 = h & this.mask;
    const b2m = (inBlock(h) ^ (h >>> 7)) & this.mask;
    return ((this.bits[b1 >>> 5]! >>> (b1 & 31)) & 1) === 1 && ((this.bits[b2m >>> 5]! >>> (b2m & 31)) & 1) === 1;
  }

  /**
   * False when some two consecutive words have no forms side by side
   * anywhere (`forms[j]`: word j's). Words of many forms (a prefix's
   * completions) are not looked at: too many pairs to ask.
   */
  mayHold(forms: readonly (readonly number[])[]): boolean {
    for (let j = 0; j + 1 < forms.length; j++) {
      const [a, b] = [forms[j]!, forms[j + 1]!];
      if (a.length * b.length > MAX_FORM_PAIRS) continue;
      if (!a.some((x) => b.some((y) => this.has(x, y)))) return false;
    }
    return true;
  }
}
