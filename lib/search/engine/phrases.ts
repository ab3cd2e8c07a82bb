import { BoundedCache } from "../../cache";
import type { SearchIndex } from "../index/build";
import { termId, termRange } from "../index/lexicon";
import { FormPairs, pairsTest } from "../index/pair-filter";
import type { Alternative } from "../query/aliases";
import { expandTerm } from "../query/expand";
import type { FormIndex } from "../query/form-masks";
import { type IdToken, Matcher } from "../query/matcher";
import type { ParsedQuery, QueryTerm } from "../query/parse";

/** Quoted phrases whose per-article checks are kept: other filters, sorts and pages of a query reuse them. */
const PHRASE_CACHE_SIZE = 32;
/** Abbreviation readings whose accepted forms are kept. */
const ALTERNATIVE_CACHE_SIZE = 256;

/**
 * The articles holding an abbreviation's reading, and what each is worth to
 * the score: `points[j * docs.length + x]`, the reading's word j in article
 * docs[x] (its idf / k × its weight there), as the match adds them.
 */
export interface Holders {
  docs: Uint32Array;
  points: Float64Array;
}

/** Per phrase (as typed): the forms each word accepts, and what each article was found to hold. */
interface PhraseChecks {
  accepts: Uint8Array[];
  /** Per article: 0 not checked yet, 1 holds the phrase, 2 does not. */
  known: Uint8Array;
}

/**
 * Checks that articles hold words side by side, read from the forward index:
 * quoted phrases, and the other forms of an abbreviation ("quy chế dân chủ"
 * for "QCDC"). The pair filter rules most articles out without a scan.
 */
export class PhraseChecker {
  private readonly checks = new BoundedCache<string, PhraseChecks>(PHRASE_CACHE_SIZE);
  private readonly alternativeForms = new BoundedCache<string, Uint8Array[]>(ALTERNATIVE_CACHE_SIZE);
  /** Per abbreviation reading: the articles holding it. */
  private readonly alternativeHolders = new BoundedCache<string, Holders>(ALTERNATIVE_CACHE_SIZE);
  /** The written forms side by side anywhere, once the pass after load is done (preparing). */
  private formPairs: FormPairs | null = null;
  /** Per reading (readingKey), the articles holding it, found after load (preparing). */
  private readonly prepared = new Map<string, Uint32Array>();
  /** findHolders' list as it grows. */
  private held: Uint32Array | undefined;
  /** Per word of a reading, per holder found: what the word is worth there (findHolders). */
  private readonly worth: Float64Array[] = [];

  constructor(
    private readonly index: SearchIndex,
    private readonly vocab: readonly IdToken[],
    private readonly forms: FormIndex,
  ) {}

  /** Per phrase word, which written forms (ids) answer it strictly. */
  formsAnswering(matcher: Matcher, phrase: readonly number[]): Uint8Array[] {
    return phrase.map((t) => this.acceptsOf(this.acceptedForms(matcher, t)));
  }

  /** Forms (ids) as flags over every form. */
  private acceptsOf(ids: readonly number[]): Uint8Array {
    const accepts = new Uint8Array(this.vocab.length);
    for (const id of ids) accepts[id] = 1;
    return accepts;
  }

  /**
   * A test of article d for one quoted phrase of the query; `firstAt[t]` is
   * where each article has term t first (no occurrence starts before every
   * word has occurred). Checks are kept per phrase across queries.
   */
  check(matcher: Matcher, phrase: readonly number[], firstAt: readonly Uint16Array[]): (d: number) => boolean {
    // Forms that never stand side by side anywhere: no article holds the phrase.
    if (this.formPairs && !this.formPairs.mayHold(phrase.map((t) => this.acceptedForms(matcher, t))))
      return () => false;
    const key = JSON.stringify(phrase.map((t) => [matcher.terms[t]!.exact, matcher.terms[t]!.prefix]));
    const { accepts, known } = this.checks.get(key, () => ({
      accepts: this.formsAnswering(matcher, phrase),
      known: new Uint8Array(this.index.forward.start.length - 1),
    }));
    const { lexicon, pairs, forward } = this.index;
    // Folded pairs every holder must have side by side (a word still being typed has no fixed form).
    const neededA: number[] = [];
    const neededB: number[] = [];
    let unknownPair = false;
    for (let j = 0; j + 1 < phrase.length; j++) {
      const [x, y] = [matcher.terms[phrase[j]!]!, matcher.terms[phrase[j + 1]!]!];
      if (x.prefix || y.prefix) continue;
      const a = termId(lexicon.terms, x.folded);
      const b = termId(lexicon.terms, y.folded);
      if (a < 0 || b < 0) unknownPair = true;
      neededA.push(a);
      neededB.push(b);
    }
    const firsts = phrase.map((t) => firstAt[t]!);
    const mayHold = pairsTest(pairs, neededA, neededB);
    const { ids, start } = forward;
    const odds = new LookFirst();
    return (d) => {
      let v = known[d]!;
      if (v === 0) {
        let from = 0;
        for (let j = 0; j < firsts.length; j++) from = Math.max(from, firsts[j]![d]! - j);
        const look = !unknownPair && odds.worth();
        if (look && holdsAt(ids, start, d, accepts, from)) v = 1;
        else v = !unknownPair && mayHold(d) && holdsPhrase(ids, start, d, accepts, look ? from + 1 : from) ? 1 : 2;
        odds.record(v === 1);
        known[d] = v;
      }
      return v === 1;
    };
  }

  /**
   * Whether some article that `keeps` holds the query's one phrase, every
   * word in its typed form (what a quoted query needs to answer), stopping at
   * the first: the rarest word's articles are read, and nothing is cached, so
   * that asking (a "did you mean" check) never evicts a user's phrases.
   */
  anyHolder(matcher: Matcher, phrase: readonly number[], keeps: (d: number) => boolean): boolean {
    const { lexicon, postings, pairs, forward } = this.index;
    const fids = phrase.map((t) => termId(lexicon.terms, matcher.terms[t]!.folded));
    if (fids.some((f) => f < 0)) return false;
    let rarest = fids[0]!;
    for (const f of fids)
      if (postings.offsets[f + 1]! - postings.offsets[f]! < postings.offsets[rarest + 1]! - postings.offsets[rarest]!)
        rarest = f;
    const forms = phrase.map((t) => this.acceptedForms(matcher, t));
    if (this.formPairs && !this.formPairs.mayHold(forms)) return false;
    const accepts = forms.map((ids) => this.acceptsOf(ids));
    const mayHold = pairsTest(pairs, fids.slice(0, -1), fids.slice(1));
    for (let p = postings.offsets[rarest]!; p < postings.offsets[rarest + 1]!; p++) {
      const d = postings.docs[p]!;
      if (!keeps(d)) continue;
      if (mayHold(d) && holdsPhrase(forward.ids, forward.start, d, accepts, 0)) return true;
    }
    return false;
  }

  /**
   * The articles that hold an alternative's syllables side by side (its
   * accented syllables in their exact form), with their points; kept per
   * reading (they are the index's).
   */
  holders(alt: Alternative): Holders {
    const key = readingKey(alt.terms);
    return this.alternativeHolders.get(key, () => this.findHolders(alt, key));
  }

  /**
   * Finds the articles holding each of these readings (the curated
   * abbreviations' and places' forms), and the written forms side by side,
   * in one pass over the forward index, in steps: the returned step scans
   * whole articles until it has read `syllables` of them, and says whether
   * the pass is done; only then are the readings' articles used (a
   * reading's first use before that finds them alone, by a scan of its
   * rarest syllable's articles: 5–15 ms each at 10,000 articles, once per
   * reading). Their points are read off the postings when a query first
   * needs them. A one-syllable reading without accents is left out: its
   * syllable's articles are its holders.
   */
  preparing(readings: readonly QueryTerm[][]): (syllables: number) => boolean {
    const { lexicon, forward } = this.index;
    const todo: { key: string; fids: number[]; accepts: Set<number>[]; found: number[] }[] = [];
    const none: string[] = [];
    for (const terms of readings) {
      const key = readingKey(terms);
      if (this.prepared.has(key) || todo.some((r) => r.key === key) || none.includes(key)) continue;
      if (terms.length === 0 || (terms.length === 1 && !terms[0]!.accented)) continue;
      const fids = terms.map((q) => termId(lexicon.terms, q.folded));
      if (fids.some((f) => f < 0)) {
        none.push(key);
        continue;
      }
      const m = readingMatcher(lexicon, terms);
      todo.push({ key, fids, accepts: terms.map((_, j) => new Set(this.acceptedForms(m, j))), found: [] });
    }
    // The readings each written form can start (CSR over form ids).
    const forms = this.vocab.length;
    const starts = new Uint32Array(forms + 1);
    for (const r of todo) for (const id of r.accepts[0]!) starts[id + 1]!++;
    for (let id = 0; id < forms; id++) starts[id + 1]! += starts[id]!;
    const starting = new Uint32Array(starts[forms]!);
    const fill = starts.slice(0, forms);
    todo.forEach((r, x) => {
      for (const id of r.accepts[0]!) starting[fill[id]!++] = x;
    });
    // Each reading's length and second syllable (folded) in flat arrays: where
    // a reading's first word is found, its second is mostly another syllable,
    // told by one comparison before any set of forms is asked.
    const length = Int32Array.from(todo, (r) => r.fids.length);
    const second = Int32Array.from(todo, (r) => r.fids[1] ?? -1);
    const last = new Int32Array(todo.length).fill(-1);
    const { ids, start, folded } = forward;
    const n = start.length - 1;
    const formPairs = new FormPairs(ids.length);
    let d = 0;
    return (syllables) => {
      for (let read = 0; d < n && read < syllables; read += start[d + 1]! - start[d]!, d++) {
        const end = start[d + 1]!;
        for (let k = start[d]!; k < end; k++) {
          const id = ids[k]!;
          if (k + 1 < end) formPairs.add(id, ids[k + 1]!);
          for (let x = starts[id]!; x < starts[id + 1]!; x++) {
            const r = starting[x]!;
            const len = length[r]!;
            if (last[r] === d || k + len > end) continue;
            if (len > 1 && folded[ids[k + 1]!] !== second[r]) continue;
            const { accepts } = todo[r]!;
            let all = true;
            for (let j = 1; j < len && all; j++) all = accepts[j]!.has(ids[k + j]!);
            if (!all) continue;
            todo[r]!.found.push(d);
            last[r] = d;
          }
        }
      }
      if (d < n) return false;
      for (const r of todo) if (!this.prepared.has(r.key)) this.prepared.set(r.key, Uint32Array.from(r.found));
      todo.length = 0;
      this.formPairs ??= formPairs;
      return true;
    };
  }

  /** A reading's articles found by `preparing`, with their points read off the postings. */
  private preparedHolders(known: Uint32Array, fids: readonly number[]): Holders {
    const { docs, weight, idf, offsets } = this.index.postings;
    const k = fids.length;
    const size = known.length;
    const points = new Float64Array(k * size);
    fids.forEach((f, j) => {
      let at = offsets[f]!;
      for (let x = 0; x < size; x++) {
        at = gallop(docs, at, offsets[f + 1]!, known[x]!);
        points[j * size + x] = (idf[f]! / k) * weight[at]!;
      }
    });
    return { docs: known, points };
  }

  /** The forms (ids) that answer word t of the matcher strictly. */
  private acceptedForms(matcher: Matcher, t: number): number[] {
    const { terms, formStart, formIds } = this.forms;
    const q = matcher.terms[t]!;
    const [from, to] = termRange(terms, q.folded, q.prefix);
    const out: number[] = [];
    for (let f = from; f < to; f++)
      for (let k = formStart[f]!; k < formStart[f + 1]!; k++) {
        const id = formIds[k]!;
        if (matcher.strict(t, this.vocab[id]!)) out.push(id);
      }
    return out;
  }

  private findHolders(alt: Alternative, readingKey: string): Holders {
    const { lexicon, postings, pairs, forward } = this.index;
    const k = alt.terms.length;
    const fids = alt.terms.map((q) => termId(lexicon.terms, q.folded));
    if (fids.some((f) => f < 0)) return { docs: new Uint32Array(0), points: new Float64Array(0) };
    const known = this.prepared.get(readingKey);
    if (known) return this.preparedHolders(known, fids);
    const n = forward.start.length - 1;
    const { docs, first, weight, idf, offsets } = postings;
    const key = alt.terms.map((q) => q.exact).join(" ");
    const accepts = this.alternativeForms.get(key, () =>
      this.formsAnswering(
        readingMatcher(lexicon, alt.terms),
        alt.terms.map((_, j) => j),
      ),
    );
    const loose = k === 1 && !alt.terms[0]!.accented;
    // Only the rarest syllable's articles are read: the pair filter rules most
    // out, the forward index checks the rest, and each holder's postings of
    // the other syllables are found by galloping search (the readings of
    // abbreviations are common words, and walking each of their lists was
    // most of a first use's time). A phrase cannot start before the rarest
    // word's first occurrence less its place (a prefix's completions can, so
    // then it sets no bound).
    let r = 0;
    for (let j = 1; j < k; j++)
      if (offsets[fids[j]! + 1]! - offsets[fids[j]!]! < offsets[fids[r]! + 1]! - offsets[fids[r]!]!) r = j;
    const rare = fids[r]!;
    const bounds = !alt.terms[r]!.prefix;
    // Holders and their postings of each word go to buffers kept between queries (search is synchronous).
    this.held ??= new Uint32Array(n);
    const out = this.held;
    while (this.worth.length < k) this.worth.push(new Float64Array(n));
    const cursor = fids.map((f) => offsets[f]!);
    const mayHold = pairsTest(pairs, fids.slice(0, -1), fids.slice(1));
    const odds = new LookFirst();
    let size = 0;
    for (let p = offsets[rare]!; p < offsets[rare + 1]!; p++) {
      const d = docs[p]!;
      // As for a quoted phrase: the first place it can be (while that pays), then the pair filter, then a scan.
      if (!loose) {
        const look = bounds && odds.worth();
        const held =
          (look && holdsAt(forward.ids, forward.start, d, accepts, first[p]! - r)) ||
          (mayHold(d) && holdsPhrase(forward.ids, forward.start, d, accepts, bounds ? Math.max(0, first[p]! - r) : 0));
        odds.record(held);
        if (!held) continue;
      }
      // Each word's posting in d (every word's syllable must be there: a prefix's completions
      // may stand in the text for it, but its articles are its syllable's).
      let all = true;
      for (let j = 0; j < k && all; j++) {
        const f = fids[j]!;
        const at = j === r ? p : gallop(docs, cursor[j]!, offsets[f + 1]!, d);
        cursor[j] = at;
        if (at >= offsets[f + 1]! || docs[at] !== d) all = false;
        else this.worth[j]![size] = (idf[f]! / k) * weight[at]!;
      }
      if (!all) continue;
      out[size++] = d;
    }
    const points = new Float64Array(k * size);
    for (let j = 0; j < k; j++) points.set(this.worth[j]!.subarray(0, size), j * size);
    return { docs: out.slice(0, size), points };
  }
}

/** What a reading's articles are kept under: its words as the query spells them. */
const readingKey = (terms: readonly QueryTerm[]) =>
  JSON.stringify(terms.map((q) => [q.exact, q.folded, q.prefix, q.accented]));

/** A reading's own matcher: its words side by side, no typo corrections. */
function readingMatcher(lexicon: SearchIndex["lexicon"], terms: QueryTerm[]): Matcher {
  const sub: ParsedQuery = { terms, excluded: [], phrases: [] };
  return new Matcher(
    sub,
    terms.map((q) => expandTerm(lexicon, q, { typos: false })),
  );
}

/** The first index in docs[from, to) (ascending) holding a value ≥ d: galloping, then binary search. */
function gallop(docs: Uint32Array, from: number, to: number, d: number): number {
  let lo = from;
  let step = 1;
  let hi = from;
  while (hi < to && docs[hi]! < d) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > to) hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether to look for a phrase first where its words first can be, before
 * the pair filter: that place mostly holds it when most articles checked do
 * (a common phrase's words are mostly found in it), and the look is a read
 * from memory as slow as the filter's probe, wasted on an article without
 * it. So it is done while at least half the articles checked so far held
 * the phrase.
 */
class LookFirst {
  private checked = 0;
  private held = 0;
  worth(): boolean {
    return 2 * this.held >= this.checked;
  }
  record(held: boolean): void {
    this.checked++;
    if (held) this.held++;
  }
}

/** True when the phrase starts at syllable `at` of article d (`accepts` as for holdsPhrase). */
export function holdsAt(
  ids: Uint16Array | Uint32Array,
  start: Uint32Array,
  d: number,
  accepts: readonly Uint8Array[],
  at: number,
): boolean {
  const k = start[d]! + at;
  if (at < 0 || k + accepts.length > start[d + 1]!) return false;
  for (let j = 0; j < accepts.length; j++) if (!accepts[j]![ids[k + j]!]) return false;
  return true;
}

/**
 * True when article d holds the phrase (adjacent ids, in order; never
 * across the title/lead separator), looking from syllable `from` of the
 * article on. `accepts[j]`: the forms the phrase's word j accepts.
 */
export function holdsPhrase(
  ids: Uint16Array | Uint32Array,
  start: Uint32Array,
  d: number,
  accepts: readonly Uint8Array[],
  from: number,
): boolean {
  const length = accepts.length;
  const first = accepts[0]!;
  const end = start[d + 1]! - length;
  outer: for (let k = start[d]! + from; k <= end; k++) {
    if (!first[ids[k]!]) continue;
    for (let j = 1; j < length; j++) if (!accepts[j]![ids[k + j]!]) continue outer;
    return true;
  }
  return false;
}
