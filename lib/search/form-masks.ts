import type { FieldHits, MatchUnit } from "./highlight";
import { lowerBound } from "./lexicon";
import type { IdToken, Matcher } from "./matcher";

/** Bits per mask half: queries of more terms use the Matcher on tokens instead. */
export const MAX_MASK_TERMS = 15;

/** The index's written forms grouped by folded syllable, to find every form that can answer a term. */
export interface FormIndex {
  /** Folded syllables in code-unit order (the lexicon's terms). */
  terms: readonly string[];
  /** Forms of folded syllable f: formIds[formStart[f], formStart[f + 1]). */
  formStart: Uint32Array;
  formIds: Uint32Array;
}

/**
 * The Matcher's per-syllable decisions for every written form of the index,
 * as bit masks (bit i: the form answers query term i; bit 16 + i: it answers
 * term i strictly). Lets the re-ranker and the highlighter read a hit
 * straight off the forward index, one integer test per syllable.
 *
 * With a FormIndex the masks are computed up front from the few forms that
 * can answer a term at all (its own syllable, its expansions, every
 * completion of a prefix); without one, per form on first use (the same
 * decisions, property-tested to agree).
 */
export class FormMasks {
  private readonly masks: Int32Array;

  constructor(
    readonly matcher: Matcher,
    private readonly vocab: readonly IdToken[],
    index?: FormIndex,
  ) {
    if (matcher.terms.length > MAX_MASK_TERMS) throw new Error("too many terms for form masks");
    this.masks = new Int32Array(vocab.length).fill(index ? 0 : -1);
    if (index) this.fill(index);
  }

  private fill({ terms, formStart, formIds }: FormIndex) {
    this.matcher.terms.forEach((q, i) => {
      // Folded ids that may answer: the accepted terms, and every completion of a
      // prefix (contiguous in the sorted vocabulary).
      const folded = new Set<number>();
      for (const term of this.matcher.accepted(i).keys()) {
        const f = lowerBound(terms, term);
        if (terms[f] === term) folded.add(f);
      }
      if (q.prefix)
        for (let f = lowerBound(terms, q.folded); f < terms.length && terms[f]!.startsWith(q.folded); f++)
          folded.add(f);
      for (const f of folded) {
        for (let k = formStart[f]!; k < formStart[f + 1]!; k++) {
          const id = formIds[k]!;
          const t = this.vocab[id]!;
          if (t.exact === "" || this.matcher.kind(i, t) === null) continue;
          this.masks[id]! |= 1 << i;
          if (this.matcher.strict(i, t)) this.masks[id]! |= 1 << (16 + i);
        }
      }
    });
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

/** A field of an article in the forward index: ids[from, to). */
export type Field = readonly [from: number, to: number];

/**
 * Matcher.hits for a hit's fields (title, story), read off the forward index
 * with the form masks: which syllables to highlight, for which query term,
 * and the matches a snippet window can show. exactIn and
 * completesAfterPrevious are decided over all the fields together, as the
 * engine decides them for a whole article.
 */
export function markFields(
  masks: FormMasks,
  ids: ArrayLike<number>,
  fields: readonly Field[],
  opts: { phrases: boolean },
): FieldHits[] {
  const { matcher } = masks;
  const { terms, phrases } = matcher;
  const T = terms.length;
  const last = T - 1;
  const fieldMasks = fields.map(([from, to]) => {
    const out = new Int32Array(to - from);
    for (let k = from; k < to; k++) out[k - from] = masks.mask(ids[k]!);
    return out;
  });

  // Over the whole article: which accented terms it has in their exact form,
  // and whether the word being typed follows the previous one somewhere.
  let accented = 0;
  terms.forEach((q, i) => {
    if (q.accented) accented |= 1 << i;
  });
  let strictSeen = 0;
  let afterPrevOnly = false;
  const completes = T >= 2 && terms[last]!.prefix;
  for (const ms of fieldMasks) {
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k]!;
      strictSeen |= m >>> 16;
      if (completes && k > 0 && (m >>> last) & 1 && (ms[k - 1]! >>> (last - 1)) & 1) afterPrevOnly = true;
    }
  }
  const exactBits = accented & strictSeen;
  let wholeBits = 0;
  phrases.forEach((p, j) => {
    if (matcher.whole(j, opts.phrases)) for (const i of p) wholeBits |= 1 << i;
  });

  return fieldMasks.map((ms) => {
    const termOf = new Int32Array(ms.length).fill(-1);
    const units: MatchUnit[] = [];
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k]!;
      const kinds = m & 0xffff;
      if (kinds === 0) continue;
      let allowed = ((exactBits & (m >>> 16)) | (~exactBits & kinds)) & ~wholeBits & 0xffff;
      // "dan va" lights up "dân vận", not every "và": where the article has the
      // completion right after the previous word, only those count.
      if (afterPrevOnly && !(k > 0 && (ms[k - 1]! >>> (last - 1)) & 1)) allowed &= ~(1 << last);
      if (allowed === 0) continue;
      const strict = allowed & (m >>> 16);
      const i = lowestBit(strict || allowed);
      termOf[k] = i;
      units.push({ start: k, end: k + 1, terms: matcher.credit[i]!, strict: strict !== 0 });
    }
    phrases.forEach((p, j) => {
      if (!matcher.whole(j, opts.phrases)) return;
      for (let k = 0; k + p.length <= ms.length; k++) {
        let all = true;
        for (let o = 0; o < p.length && all; o++) if (!((ms[k + o]! >>> (16 + p[o]!)) & 1)) all = false;
        if (!all) continue;
        for (let o = 0; o < p.length; o++) if (termOf[k + o]! < 0) termOf[k + o] = p[o]!;
        units.push({ start: k, end: k + p.length, terms: matcher.phraseCredit[j]!, strict: true });
      }
    });
    return { termOf, units };
  });
}

/** The lowest set bit's index of a non-zero mask. */
function lowestBit(bits: number): number {
  return 31 - Math.clz32(bits & -bits);
}
