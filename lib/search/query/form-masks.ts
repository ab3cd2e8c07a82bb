import { MAX_QUERY_TERMS } from "../../limits";
import type { ForwardIndex } from "../index/forward";
import { type Lexicon, prefixRange, termId } from "../index/lexicon";
import type { Expansion } from "./expand";
import type { IdToken, Matcher } from "./matcher";
import type { ParsedQuery } from "./parse";

/** Bits per mask (bit i: query term i): the engine cuts queries to this many terms (lib/limits.ts). */
export const MAX_MASK_TERMS = MAX_QUERY_TERMS;

/**
 * The sign bit of a form's mask: a prefix completion not decided yet (masks
 * use bits 0 to MAX_MASK_TERMS - 1 only).
 */
const UNDECIDED = 1 << 31;

/** The index's written forms grouped by folded syllable, to find every form that can answer a term. */
export interface FormIndex {
  /** Folded syllables in code-unit order (the lexicon's terms). */
  terms: readonly string[];
  /** Forms of folded syllable f: formIds[formStart[f], formStart[f + 1]). */
  formStart: Uint32Array;
  formIds: Uint32Array;
  /** Each form's folded syllable, as an index into `terms`. */
  foldedOf: ArrayLike<number>;
}

/** Forms of each folded syllable (CSR), most frequent first since form ids are by frequency. */
export function buildFormIndex(fwd: ForwardIndex, lex: Lexicon): FormIndex {
  const terms = lex.terms.length;
  const forms = fwd.forms.length;
  const formStart = new Uint32Array(terms + 1);
  for (let id = 1; id < forms; id++) formStart[fwd.folded[id]! + 1]!++;
  for (let f = 0; f < terms; f++) formStart[f + 1]! += formStart[f]!;
  const formIds = new Uint32Array(forms);
  const fill = formStart.slice(0, terms);
  for (let id = 1; id < forms; id++) formIds[fill[fwd.folded[id]!]!++] = id;
  return { terms: lex.terms, formStart, formIds, foldedOf: fwd.folded };
}

/**
 * The Matcher's `mayAnswer` test for the index's forms: true for a form whose
 * folded syllable (`foldedOf[id]`, an index into the sorted `terms`) is a
 * query term or one of its expansions, or completes a prefix term (a
 * contiguous range of the sorted vocabulary, found by binary search). Built in
 * O(terms · log vocabulary); each test is a set lookup and two comparisons.
 */
export function answerFilter(
  parsed: ParsedQuery,
  exps: readonly Expansion[][],
  terms: readonly string[],
  foldedOf: ArrayLike<number>,
): (id: number) => boolean {
  const accepted = new Set<number>();
  const ranges: [number, number][] = [];
  parsed.terms.forEach((q, i) => {
    for (const term of [q.folded, ...(exps[i] ?? []).map((e) => e.term)]) {
      const f = termId(terms, term);
      if (f >= 0) accepted.add(f);
    }
    if (q.prefix) {
      const [from, to] = prefixRange(terms, q.folded);
      if (to > from) ranges.push([from, to]);
    }
  });
  return (id) => {
    const f = foldedOf[id]!;
    if (accepted.has(f)) return true;
    for (const [a, b] of ranges) if (f >= a && f < b) return true;
    return false;
  };
}

/**
 * The Matcher's per-syllable decisions for every written form of the index,
 * as two bit masks per form (`mask`, bit i: the form answers query term i;
 * `strictMask`, bit i: it answers term i strictly). Lets the re-ranker and the highlighter read a hit
 * straight off the forward index, one integer test per syllable.
 *
 * The masks are computed up front from the few forms that can answer a term
 * at all (its own syllable and its expansions, a bounded number); a prefix's
 * other completions (a range of the vocabulary that grows with it: "a"
 * begins one word in twenty) are decided when first met. The tests check
 * them against the Matcher's decisions form by form.
 */
export class FormMasks {
  private readonly kinds: Int32Array;
  private readonly strict: Int32Array;
  // Prefix terms' completions, decided on first use: term, [from, to) of folded ids.
  private readonly prefixTerm: number[] = [];
  private readonly prefixFrom: number[] = [];
  private readonly prefixTo: number[] = [];
  private readonly foldedOf: ArrayLike<number>;

  /**
   * `seed`: masks of a matcher whose terms open this one's, each accepting
   * the same syllables (the query's own masks, for the matcher that also
   * marks its abbreviations' other forms): their bits are copied, not decided
   * again.
   */
  constructor(
    readonly matcher: Matcher,
    private readonly vocab: readonly IdToken[],
    index: FormIndex,
    seed?: FormMasks,
  ) {
    if (matcher.terms.length > MAX_MASK_TERMS) throw new Error("too many terms for form masks");
    this.foldedOf = index.foldedOf;
    if (seed && seed.vocab === vocab && opens(seed.matcher, matcher)) {
      // Bits the seed decided on first use (a prefix's completions) are the
      // same here; this one's own first use decides the rest.
      this.kinds = Int32Array.from(seed.kinds);
      this.strict = Int32Array.from(seed.strict);
      this.fill(index, seed.matcher.terms.length);
    } else {
      this.kinds = new Int32Array(vocab.length);
      this.strict = new Int32Array(vocab.length);
      this.fill(index, 0);
    }
  }

  /** Decides terms [seeded, …) for their accepted forms, and keeps every prefix term's other completions for first use. */
  private fill({ terms, formStart, formIds }: FormIndex, seeded: number) {
    this.matcher.terms.forEach((q, i) => {
      // Folded ids that may answer: the accepted terms (bounded: the term, its
      // prefix completions and typo corrections). A prefix's other completions
      // are contiguous in the sorted vocabulary: kept as a range.
      if (q.prefix) {
        const [from, to] = prefixRange(terms, q.folded);
        if (to > from) {
          this.prefixTerm.push(i);
          this.prefixFrom.push(from);
          this.prefixTo.push(to);
          // The range's forms are contiguous in formIds: flagged undecided (a seed decided its own).
          if (i >= seeded)
            for (let k = formStart[from]!; k < formStart[to]!; k++) this.kinds[formIds[k]!]! |= UNDECIDED;
        }
      }
      if (i < seeded) return;
      const folded = new Set<number>();
      for (const term of this.matcher.accepted(i).keys()) {
        const f = termId(terms, term);
        if (f >= 0) folded.add(f);
      }
      for (const f of folded) {
        for (let k = formStart[f]!; k < formStart[f + 1]!; k++) {
          const id = formIds[k]!;
          const t = this.vocab[id]!;
          if (t.exact === "" || this.matcher.kind(i, t) === null) continue;
          this.kinds[id]! |= 1 << i;
          if (this.matcher.strict(i, t)) this.strict[id]! |= 1 << i;
        }
      }
    });
  }

  /** Bit i: form `id` answers query term i. */
  mask(id: number): number {
    const m = this.kinds[id]!;
    // Small enough to be inlined into the hot loops: deciding is the rare path.
    return m >= 0 ? m : this.decideCompletions(id, m & ~UNDECIDED);
  }

  private decideCompletions(id: number, m: number): number {
    const f = this.foldedOf[id]!;
    for (let k = 0; k < this.prefixTerm.length; k++) {
      if (f < this.prefixFrom[k]! || f >= this.prefixTo[k]!) continue;
      const i = this.prefixTerm[k]!;
      const t = this.vocab[id]!;
      if (t.exact === "" || this.matcher.kind(i, t) === null) continue;
      m |= 1 << i;
      if (this.matcher.strict(i, t)) this.strict[id]! |= 1 << i;
    }
    this.kinds[id] = m;
    return m;
  }

  /** Bit i: form `id` answers query term i strictly (in the typed form). */
  strictMask(id: number): number {
    this.mask(id);
    return this.strict[id]!;
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
    let prevKinds = 0;
    let prevStrict = 0;
    // Every pair side by side as typed is the most there is: stop there.
    const all = (1 << (n - 1)) - 1;
    for (let k = from; k < to && strict !== all; k++) {
      const id = ids[k]!;
      const m = this.mask(id);
      const s = this.strict[id]!;
      if (prevKinds !== 0 && m !== 0) {
        loose |= prevKinds & (m >>> 1);
        strict |= prevStrict & (s >>> 1);
      }
      prevKinds = m;
      prevStrict = m === 0 ? 0 : s;
    }
    let sum = 0;
    for (let i = 0; i + 1 < n; i++) sum += strict & (1 << i) ? 2 : loose & (1 << i) ? 1 : 0;
    return sum;
  }
}

/** True when a's terms open b's, each accepting the same syllables the same way. */
function opens(a: Matcher, b: Matcher): boolean {
  if (a.terms.length > b.terms.length) return false;
  return a.terms.every((q, i) => {
    if (b.terms[i] !== q) return false;
    const x = a.accepted(i);
    const y = b.accepted(i);
    if (x.size !== y.size) return false;
    for (const [term, kind] of x) if (y.get(term) !== kind) return false;
    return true;
  });
}

/** A field of an article in the forward index: ids[from, to). */
export type Field = readonly [from: number, to: number];

/**
 * Matcher.marks and Matcher.termOf for a hit's fields (title, story), read
 * off the forward index with the form masks: which syllables to highlight,
 * and for each marked one the first query term it answers (-1: unmarked).
 * exactIn and completesAfterPrevious are decided over all the fields
 * together, as the engine decides them for a whole article.
 */
export function markFields(
  masks: FormMasks,
  ids: ArrayLike<number>,
  fields: readonly Field[],
  opts: { phrases: boolean },
): Int32Array[] {
  const { terms, phrases } = masks.matcher;
  const T = terms.length;
  const last = T - 1;
  // The fields' masks side by side in buffers kept between hits (search is
  // synchronous; only termOf, returned, is allocated per hit).
  let size = 0;
  for (const [from, to] of fields) size += to - from;
  if (scratch.kinds.length < size) {
    const room = Math.max(size, 2 * scratch.kinds.length);
    scratch = { kinds: new Int32Array(room), strict: new Int32Array(room) };
  }
  // In the same pass, over the whole article: which accented terms it has in
  // their exact form, and whether the word being typed follows the previous
  // one somewhere.
  let strictSeen = 0;
  let afterPrevOnly = false;
  const completes = T >= 2 && terms[last]!.prefix;
  let at = 0;
  const fieldMasks = fields.map(([from, to]) => {
    const kinds = scratch.kinds.subarray(at, at + to - from);
    const strict = scratch.strict.subarray(at, at + to - from);
    at += to - from;
    let prev = 0;
    for (let k = from; k < to; k++) {
      const m = masks.mask(ids[k]!);
      kinds[k - from] = m;
      // A form answers strictly only terms it answers: most answer none.
      if (m === 0) strict[k - from] = 0;
      else {
        const s = masks.strictMask(ids[k]!);
        strict[k - from] = s;
        strictSeen |= s;
        if (completes && k > from && (m >>> last) & 1 && (prev >>> (last - 1)) & 1) afterPrevOnly = true;
      }
      prev = m;
    }
    return { kinds, strict };
  });
  let accented = 0;
  terms.forEach((q, i) => {
    if (q.accented) accented |= 1 << i;
  });
  const exactBits = accented & strictSeen;
  let phraseBits = 0;
  if (opts.phrases) for (const p of phrases) for (const i of p) phraseBits |= 1 << i;

  return fieldMasks.map(({ kinds: ks, strict: ss }) => {
    const termOf = new Int32Array(ks.length).fill(-1);
    for (let k = 0; k < ks.length; k++) {
      const kinds = ks[k]!;
      if (kinds === 0) continue;
      let allowed = ((exactBits & ss[k]!) | (~exactBits & kinds)) & ~phraseBits;
      // "dan va" lights up "dân vận", not every "và": where the article has the
      // completion right after the previous word, only those count.
      if (afterPrevOnly && !(k > 0 && (ks[k - 1]! >>> (last - 1)) & 1)) allowed &= ~(1 << last);
      if (allowed !== 0) termOf[k] = lowestTerm(kinds);
    }
    if (opts.phrases)
      for (const p of phrases)
        for (let k = 0; k + p.length <= ks.length; k++) {
          let all = true;
          for (let j = 0; j < p.length && all; j++) if (!((ss[k + j]! >>> p[j]!) & 1)) all = false;
          if (all) for (let j = 0; j < p.length; j++) termOf[k + j] = lowestTerm(ks[k + j]!);
        }
    return termOf;
  });
}

/** markFields' per-syllable masks, reused by every hit. */
let scratch = { kinds: new Int32Array(1024), strict: new Int32Array(1024) };

/** The first query term a syllable answers (its lowest bit); callers know it answers one. */
function lowestTerm(kinds: number): number {
  return 31 - Math.clz32(kinds & -kinds);
}
