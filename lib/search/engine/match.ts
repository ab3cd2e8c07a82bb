import { BoundedCache } from "../../cache";
import type { SearchIndex } from "../index/build";
import { exactDocs, formsOf, termId } from "../index/lexicon";
import type { Postings } from "../index/postings";
import { type Expansion, KIND_RANK } from "../query/expand";
import type { QueryTerm } from "../query/parse";
import { RANKING } from "../ranking";
import type { AnalyzedQuery } from "./analyze";
import type { MetaField } from "./meta-field";
import type { PhraseChecker } from "./phrases";

/** Match sets kept for reuse: facet toggles, sorting and paging repeat a query. */
const MATCH_CACHE_SIZE = 16;

/**
 * Every article matching a query, with its ranking signals (parallel arrays,
 * in the order RANKING's comment lists them): coverage, clean, exact, then
 * score. Proximity is computed later, for the best candidates only.
 */
export interface MatchSet {
  docs: Uint32Array;
  /** Query terms the article answers at all (below the query's length only in relaxed results). */
  coverage: Uint8Array;
  /** Terms answered without a typo correction. */
  clean: Uint8Array;
  /** Accented terms found in their exact form. */
  exact: Uint8Array;
  score: Float64Array;
  /** Proximity points from abbreviations held: the span of query words they stand for, as if side by side. */
  alt: Uint8Array;
  /** Terms answered as typed: no typo, and accented ones in their exact form. */
  strict: Uint8Array;
  /** No article held every term: these hold some. */
  relaxed: boolean;
}

// Accented words whose exact form must be found: the word still being typed is
// not held to it (its metadata forms are not weighed exactly).
const settledAccents = (terms: readonly { accented: boolean; prefix: boolean }[]) =>
  terms.filter((q) => q.accented).length - (terms.at(-1)?.accented && terms.at(-1)?.prefix ? 1 : 0);

/**
 * The match step: what the typed words, phrases and exclusions match, over
 * the inverted postings and the organizers-and-province field, cached per
 * normalized query.
 */
export class Matches {
  private readonly cache = new BoundedCache<string, MatchSet>(MATCH_CACHE_SIZE);
  private readonly n: number;
  // Per-article buffers reused by every query (zeroed before use): allocating
  // them per query made garbage collection a visible share of query time.
  // Search is synchronous, so one set is enough.
  private readonly excluded: Uint8Array;
  private readonly seen: Uint8Array;
  private readonly scores: Float64Array;
  /** The articles found (a prefix of it): built here, copied into the set. */
  private readonly found: Uint32Array;
  /** Per term: the articles holding it (a prefix of the buffer), in the order found. */
  private readonly termLists: Uint32Array[] = [];
  /** Per term: its best match kind (KIND_RANK) in each article. */
  private readonly termKinds: Uint8Array[] = [];
  /** Per accented term: the articles holding it in its exact form. */
  private readonly exactMarks: Uint8Array[] = [];
  /** Per article: the points of the best alternative it holds (MatchSet.alt). */
  private readonly alternativePoints: Uint8Array;
  /** Per term: its list grown by an alternative's holders. */
  private readonly grownLists: Uint32Array[] = [];
  /** Per word of a quoted phrase: where each article has it first (0xffff: nowhere). */
  private readonly firstPositions: Uint16Array[] = [];

  constructor(
    private readonly index: SearchIndex,
    /** Every article, newest first: what a query without words matches. */
    private readonly newestFirst: Uint32Array,
    private readonly meta: MetaField,
    private readonly phrases: PhraseChecker,
  ) {
    this.n = newestFirst.length;
    this.excluded = new Uint8Array(this.n);
    this.seen = new Uint8Array(this.n);
    this.alternativePoints = new Uint8Array(this.n);
    this.scores = new Float64Array(this.n);
    this.found = new Uint32Array(this.n);
  }

  get(query: AnalyzedQuery): MatchSet {
    const { parsed, alternatives } = query;
    const key = JSON.stringify([
      parsed.terms.map((q) => [q.exact, q.prefix, q.phrase]),
      parsed.excluded.map((q) => q.exact),
      parsed.phrases,
      alternatives.map((a) => [a.from, a.to, a.terms.map((q) => q.exact)]),
    ]);
    return this.cache.get(key, () => this.match(query));
  }

  private match({ parsed, matcher, expansions, alternatives }: AnalyzedQuery): MatchSet {
    const { terms } = parsed;
    const termCount = terms.length;
    const { lexicon, postings } = this.index;
    const n = this.n;
    const excluded = this.excluded.fill(0);
    markExcluded(parsed.excluded, this.index, excluded);

    if (termCount === 0) {
      const docs =
        parsed.excluded.length === 0 ? this.newestFirst.slice() : this.newestFirst.filter((d) => !excluded[d]);
      return emptySignals(docs, false);
    }

    // Term at a time over typed arrays: best match kind per term and article,
    // and the BM25+ sum of every expansion (prefix and typo ones weighted down).
    const kinds = terms.map((_, t) => zeroed(this.termKinds, t, n));
    const lists: Uint32Array[] = [];
    const score = this.scores.fill(0);
    const { docs: postingDocs, weight, idf, first } = postings;
    const firstAt: Uint16Array[] = [];
    let phraseWords = 0;
    for (let t = 0; t < termCount; t++) {
      const termKind = kinds[t]!;
      const firstOfTerm =
        parsed.phrases.length > 0 && terms[t]!.phrase >= 0 ? unset(this.firstPositions, phraseWords++, n) : null;
      if (firstOfTerm) firstAt[t] = firstOfTerm;
      const exps = expansions[t]!;
      const fids = exps.map((e) => termId(lexicon.terms, e.term));
      // The articles whose organizers or province hold the word (not for quoted phrases: those are read in the text).
      // The word itself counts there even when the texts never use it ("nghe" of "Nghệ An").
      const metaExps: Expansion[] = [];
      if (terms[t]!.phrase < 0) {
        if (!exps.some((e) => e.term === terms[t]!.folded))
          metaExps.push({ term: terms[t]!.folded, kind: "term", weight: 1 });
        metaExps.push(...exps);
      }
      const metaHolders = metaExps.map((e) => this.meta.folded(e.term));
      // The term's articles, each once: a buffer of one slot per article, kept between queries.
      const list = pooled(this.termLists, t, n);
      let size = 0;
      for (const [x, e] of exps.entries()) {
        const f = fids[x]!;
        if (f < 0) continue;
        size = addPostings(
          postings.offsets[f]!,
          postings.offsets[f + 1]!,
          postingDocs,
          weight,
          first,
          KIND_RANK[e.kind],
          e.weight * idf[f]!,
          termKind,
          list,
          size,
          score,
          firstOfTerm,
        );
      }
      for (const [x, e] of metaExps.entries()) {
        const holders = metaHolders[x];
        if (!holders) continue;
        const f = termId(lexicon.terms, e.term);
        const metaWeight = RANKING.metaWeight * e.weight * (f >= 0 ? idf[f]! : Math.log(1 + n / holders.length));
        size = addDocs(holders, KIND_RANK[e.kind], metaWeight, termKind, list, size, score);
      }
      lists.push(list.subarray(0, size));
    }

    // Abbreviations and full forms: articles that hold another form of a span
    // of the query's words answer those words (as terms, scored as that form).
    const alternativeExact: [number, Uint32Array][] = [];
    // Per article, the most points an alternative it holds is worth (zeroed only when there are some).
    const points = alternatives.length > 0 ? this.alternativePoints.fill(0) : null;
    alternatives.forEach((alt) => {
      const { docs: holders, points: holderPoints } = this.phrases.holders(alt);
      if (holders.length === 0) return;
      const k = alt.terms.length;
      const worth = 2 * (alt.to - alt.from - 1);
      if (worth > 0)
        for (let x = 0; x < holders.length; x++) {
          const d = holders[x]!;
          if (worth > points![d]!) points![d] = worth;
        }
      // Each holder scores the reading's words as the articles that wrote them do (kept with the holders).
      for (let j = 0; j < k; j++) addPoints(holders, holderPoints, j * holders.length, score);
      for (let t = alt.from; t < alt.to; t++) {
        const termKind = kinds[t]!;
        // The holders not yet in term t's list join it (written after it in a buffer of their own).
        const before = lists[t]!;
        const grown = pooled(this.grownLists, t, n);
        grown.set(before);
        let size = before.length;
        for (let x = 0; x < holders.length; x++) {
          const d = holders[x]!;
          if (termKind[d] === 0) grown[size++] = d;
          termKind[d] = KIND_RANK.term;
        }
        if (size > before.length) lists[t] = grown.subarray(0, size);
        if (terms[t]!.accented) alternativeExact.push([t, holders]);
      }
    });

    // AND: walk the rarest term's articles, keep those every other term holds.
    let rarest = 0;
    for (let t = 1; t < termCount; t++) if (lists[t]!.length < lists[rarest]!.length) rarest = t;
    // The articles found are a prefix of a buffer kept between queries (search
    // is synchronous): no array grows per query, and the set copies them.
    let found = holdingAll(lists[rarest]!, excluded, kinds, this.found);
    // Quoted phrases must occur as written, read from the forward index.
    if (parsed.phrases.length > 0 && found.length > 0) {
      const checks = parsed.phrases.map((p) => this.phrases.check(matcher, p, firstAt));
      let holding = 0;
      for (let j = 0; j < found.length; j++) {
        const d = found[j]!;
        let all = true;
        for (let c = 0; c < checks.length && all; c++) all = checks[c]!(d);
        if (all) this.found[holding++] = d;
      }
      found = this.found.subarray(0, holding);
    }
    let relaxed = false;
    if (found.length === 0 && termCount > 1) {
      // Nothing holds every term: fall back to any term, and say so.
      const seen = this.seen.fill(0);
      let size = 0;
      for (const list of lists)
        for (let x = 0; x < list.length; x++) {
          const d = list[x]!;
          if (!seen[d] && !excluded[d]) {
            seen[d] = 1;
            this.found[size++] = d;
          }
        }
      found = this.found.subarray(0, size);
      relaxed = size > 0;
    }

    const exact = terms.map((q, t) =>
      q.accented ? markExact(q, expansions[t]!, this.index, zeroed(this.exactMarks, t, n)) : null,
    );
    // An accented word is found as typed in the organizers or province too, or through another form.
    terms.forEach((q, t) => {
      const marks = exact[t];
      if (!marks || q.phrase >= 0 || q.prefix) return;
      const holders = this.meta.exact(q.exact);
      if (holders) markAll(holders, marks);
    });
    for (const [t, holders] of alternativeExact) markAll(holders, exact[t]!);
    // When some article holds every word as typed (no typo, accented words
    // with their accents), only those are the answer: "tiền điện tử" lists
    // the article that has it, not also the ones with "tiến" and "Điền" that
    // match only once accents are dropped, nor typo corrections. Near matches
    // are shown only when nothing answers as typed (then the page says so).
    // (With no typo correction and no accent to hold, every article found
    // answers as typed.) Read off the signals, summed first: an article
    // answers as typed when it holds every term cleanly and `accents` of
    // them exactly.
    const accents = settledAccents(terms);
    const corrected = expansions.some((exps) => exps.some((e) => e.kind === "typo"));
    const summed = summarize(found, relaxed, kinds, exact, score, accents);
    const set =
      !relaxed && (corrected || accents > 0) ? keepAsTyped(summed.set, summed.asTyped, termCount, accents) : summed.set;
    if (points) for (let j = 0; j < set.docs.length; j++) set.alt[j] = points[set.docs[j]!]!;
    return set;
  }
}

function emptySignals(docs: Uint32Array, relaxed: boolean): MatchSet {
  const m = docs.length;
  return {
    docs,
    coverage: new Uint8Array(m),
    clean: new Uint8Array(m),
    exact: new Uint8Array(m),
    score: new Float64Array(m),
    strict: new Uint8Array(m),
    alt: new Uint8Array(m),
    relaxed,
  };
}

/** Buffer k of a pool of per-article flags, zeroed. */
function zeroed(pool: Uint8Array[], k: number, n: number): Uint8Array {
  while (pool.length <= k) pool.push(new Uint8Array(n));
  return pool[k]!.fill(0);
}

/** Buffer k of a pool of per-article slots, as it was left (its users write before they read). */
function pooled(pool: Uint32Array[], k: number, n: number): Uint32Array {
  while (pool.length <= k) pool.push(new Uint32Array(n));
  return pool[k]!;
}

/** Buffer k of a pool of per-article positions, all unset (0xffff). */
function unset(pool: Uint16Array[], k: number, n: number): Uint16Array {
  while (pool.length <= k) pool.push(new Uint16Array(n));
  return pool[k]!.fill(0xffff);
}

/**
 * marks[d] = 1 for every d of list. (An indexed loop: `for … of` over a typed
 * array allocates a result object per element wherever the compiler has not
 * optimized the loop, and these run a few times per query: a third of the
 * bytes a query allocated.)
 */
function markAll(list: ArrayLike<number>, marks: Uint8Array): void {
  for (let j = 0; j < list.length; j++) marks[list[j]!] = 1;
}

/** Every article of a folded syllable's postings. */
function markPostings(postings: Postings, f: number, marks: Uint8Array): void {
  for (let p = postings.offsets[f]!; p < postings.offsets[f + 1]!; p++) marks[postings.docs[p]!] = 1;
}

/**
 * Exclusions: unaccented ones exclude every form (postings), accented ones
 * only that exact form (the lexicon's lists).
 */
function markExcluded(terms: readonly QueryTerm[], { lexicon, postings }: SearchIndex, excluded: Uint8Array): void {
  const excludeFolded = (folded: string) => {
    const f = termId(lexicon.terms, folded);
    if (f >= 0) markPostings(postings, f, excluded);
  };
  for (const x of terms) {
    if (!x.accented) {
      excludeFolded(x.folded);
      continue;
    }
    const d = exactDocs(lexicon, x.folded, x.exact);
    if (d === "all") excludeFolded(x.folded);
    else if (d) markAll(d, excluded);
  }
}

/** Marks the articles that hold an accented query term in its exact form. */
function markExact(q: QueryTerm, exps: Expansion[], { lexicon, postings }: SearchIndex, marks: Uint8Array): Uint8Array {
  const mark = (folded: string, form: string) => {
    const d = exactDocs(lexicon, folded, form);
    if (d === "all") {
      const f = termId(lexicon.terms, folded);
      if (f >= 0) markPostings(postings, f, marks);
    } else if (d) markAll(d, marks);
  };
  if (!q.prefix) mark(q.folded, q.exact);
  else
    for (const e of exps)
      if (e.kind !== "typo")
        for (const form of formsOf(lexicon, e.term)) if (form.startsWith(q.exact)) mark(e.term, form);
  return marks;
}

// The hot loops of a match, apart from the rest of it: small functions the
// compiler optimizes once and keeps, whatever else a query's path reaches.

/**
 * Postings [from, to) of one expansion into a term's match: each article's
 * best kind (termKind), its first occurrence for a phrase word (firstOfTerm),
 * its score, and the articles newly found appended to list. Returns the
 * list's new size.
 */
function addPostings(
  from: number,
  to: number,
  postingDocs: Uint32Array,
  weight: Float32Array,
  first: Uint16Array,
  rank: number,
  w: number,
  termKind: Uint8Array,
  list: Uint32Array,
  size: number,
  score: Float64Array,
  firstOfTerm: Uint16Array | null,
): number {
  for (let p = from; p < to; p++) {
    const d = postingDocs[p]!;
    const k = termKind[d]!;
    if (k === 0) list[size++] = d;
    if (rank > k) termKind[d] = rank;
    score[d] = score[d]! + w * weight[p]!;
    if (firstOfTerm && first[p]! < firstOfTerm[d]!) firstOfTerm[d] = first[p]!;
  }
  return size;
}

/** score[docs[x]] += points[at + x], for each x. */
function addPoints(docs: Uint32Array, points: Float64Array, at: number, score: Float64Array): void {
  for (let x = 0; x < docs.length; x++) {
    const d = docs[x]!;
    score[d] = score[d]! + points[at + x]!;
  }
}

/** addPostings for articles found in their organizers or province, each weighing metaWeight. */
function addDocs(
  metaDocs: Uint32Array,
  rank: number,
  metaWeight: number,
  termKind: Uint8Array,
  list: Uint32Array,
  size: number,
  score: Float64Array,
): number {
  for (let j = 0; j < metaDocs.length; j++) {
    const d = metaDocs[j]!;
    const k = termKind[d]!;
    if (k === 0) list[size++] = d;
    if (rank > k) termKind[d] = rank;
    score[d] = score[d]! + metaWeight;
  }
  return size;
}

/**
 * The match set of the found articles (j: an article's index in found): how
 * many terms each holds at all, cleanly, exactly and as typed, and its score;
 * and how many of them answer as typed (every term cleanly, `accents` of them
 * exactly). One pass, written straight into the set.
 */
function summarize(
  found: Uint32Array,
  relaxed: boolean,
  kinds: readonly Uint8Array[],
  exact: readonly (Uint8Array | null)[],
  score: Float64Array,
  accents: number,
): { set: MatchSet; asTyped: number } {
  const set = emptySignals(found.slice(), relaxed);
  const termCount = kinds.length;
  const clean = KIND_RANK.prefix;
  let asTyped = 0;
  for (let j = 0; j < found.length; j++) {
    const d = found[j]!;
    let coverage = 0;
    let cleanTerms = 0;
    let exactTerms = 0;
    let strict = 0;
    for (let t = 0; t < termCount; t++) {
      const rank = kinds[t]![d]!;
      if (rank === 0) continue;
      coverage++;
      if (rank < clean) continue;
      cleanTerms++;
      const e = exact[t];
      if (e === null || e === undefined) strict++;
      else if (e[d]) {
        exactTerms++;
        strict++;
      }
    }
    set.coverage[j] = coverage;
    set.clean[j] = cleanTerms;
    set.exact[j] = exactTerms;
    set.strict[j] = strict;
    set.score[j] = score[d]!;
    if (cleanTerms === termCount && exactTerms >= accents) asTyped++;
  }
  return { set, asTyped };
}

/**
 * Only the `count` articles of the set that answer as typed, in the order
 * found (moved down in place, the arrays cut to them); all of them when none
 * does (the near matches the page then labels as such).
 */
function keepAsTyped(set: MatchSet, count: number, termCount: number, accents: number): MatchSet {
  const m = set.docs.length;
  if (count === 0 || count === m) return set;
  let i = 0;
  for (let j = 0; j < m; j++) {
    if (!(set.clean[j] === termCount && set.exact[j]! >= accents)) continue;
    set.docs[i] = set.docs[j]!;
    set.coverage[i] = set.coverage[j]!;
    set.clean[i] = set.clean[j]!;
    set.exact[i] = set.exact[j]!;
    set.strict[i] = set.strict[j]!;
    set.score[i] = set.score[j]!;
    i++;
  }
  return {
    docs: set.docs.subarray(0, i),
    coverage: set.coverage.subarray(0, i),
    clean: set.clean.subarray(0, i),
    exact: set.exact.subarray(0, i),
    score: set.score.subarray(0, i),
    alt: set.alt.subarray(0, i),
    strict: set.strict.subarray(0, i),
    relaxed: set.relaxed,
  };
}

/** The articles of list, not excluded, that every term holds, written into out (returned: its first ones). */
function holdingAll(list: Uint32Array, excluded: Uint8Array, kinds: Uint8Array[], out: Uint32Array): Uint32Array {
  let size = 0;
  const termCount = kinds.length;
  for (let j = 0; j < list.length; j++) {
    const d = list[j]!;
    if (excluded[d]) continue;
    let all = true;
    for (let t = 0; t < termCount && all; t++) if (kinds[t]![d] === 0) all = false;
    if (all) out[size++] = d;
  }
  return out.subarray(0, size);
}
