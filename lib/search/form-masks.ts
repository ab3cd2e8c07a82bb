import type { IdToken, Matcher } from "./matcher";

/** Bits per mask half: queries of more terms use the Matcher on tokens instead. */
export const MAX_MASK_TERMS = 15;

/**
 * The Matcher's per-syllable decisions for every written form of the index,
 * as bit masks (bit i: the form answers query term i; bit 16 + i: it answers
 * term i strictly), computed on first use. Lets the re-ranker read proximity
 * straight off the forward index, one integer test per syllable.
 */
export class FormMasks {
  private readonly masks: Int32Array;

  constructor(
    private readonly matcher: Matcher,
    private readonly vocab: readonly IdToken[],
  ) {
    if (matcher.terms.length > MAX_MASK_TERMS) throw new Error("too many terms for form masks");
    this.masks = new Int32Array(vocab.length).fill(-1);
  }

  mask(id: number): number {
    let m = this.masks[id]!;
    if (m < 0) {
      m = 0;
      const t = this.vocab[id]!;
      if (t.exact !== "")
        for (let i = 0; i < this.matcher.terms.length; i++) {
          if (this.matcher.kind(i, t) !== null) m |= 1 << i;
          if (this.matcher.strict(i, t)) m |= 1 << (16 + i);
        }
      this.masks[id] = m;
    }
    return m;
  }

  /**
   * Matcher.adjacency over ids[from, to): for each pair of consecutive query
   * terms, 2 when side by side in the typed form somewhere, 1 when side by
   * side only after folding or via a completion/typo. Summed.
   */
  adjacency(ids: ArrayLike<number>, from: number, to: number): number {
    const n = this.matcher.terms.length;
    if (n < 2) return 0;
    let loose = 0;
    let strict = 0;
    let prev = 0;
    for (let k = from; k < to; k++) {
      const m = this.mask(ids[k]!);
      if (prev !== 0 && m !== 0) {
        loose |= prev & 0xffff & ((m & 0xffff) >>> 1);
        strict |= (prev >>> 16) & ((m >>> 16) >>> 1);
      }
      prev = m & 0xffff ? m : 0;
    }
    let sum = 0;
    for (let i = 0; i + 1 < n; i++) sum += strict & (1 << i) ? 2 : loose & (1 << i) ? 1 : 0;
    return sum;
  }
}
