import type { Article } from "../../ingest";
import { MAX_FACET_VALUES, MAX_QUERY_TERMS, MAX_SNIPPET_CHARS, MAX_TITLE_CHARS, SEARCH_BUDGET_MS } from "../../limits";
import { fold, readKeystrokes, syllableSpans, type Token, tokenize } from "../../text";
import { buildIndex, type SearchIndex } from "../index/build";
import { formTokens } from "../index/forward";
import { exactDocs, formsOf, lowerBound } from "../index/lexicon";
import { mayHoldPair } from "../index/pair-filter";
import { FIELD_BOOST } from "../index/postings";
import { type Alternative, alternativesOf } from "../query/aliases";
import { dateRangeTest } from "../query/date-range";
import { type Budget, commonTerms, suggestQuery } from "../query/did-you-mean";
import { type Expansion, type MatchKind as ExpansionKind, expandTerm } from "../query/expand";
import { answerFilter, type FormIndex, FormMasks, MAX_MASK_TERMS, markFields } from "../query/form-masks";
import { Matcher } from "../query/matcher";
import { type ParsedQuery, parseQuery, type QueryTerm } from "../query/parse";
import { DocTokenCache, storyText } from "../results/doc-tokens";
import {
  makeSnippet,
  rangesOf,
  rangesOfSpans,
  renderSnippet,
  type Snippet,
  snippetWindow,
  type TextPart,
} from "../results/highlight";
import { type ArticleMeta, type ArticleStore, isStore, memoryStore } from "../results/store";
import type { AnswerKind, FacetValue, Range, SearchHit, SearchRequest, SearchResponse } from "../types";

// Title words matter most, then the lead, then the rest of the story.
export const BOOST = FIELD_BOOST;
/** How many of the best candidates get positional re-ranking (proximity). */
export const RERANK_DEPTH = 64;
// Extra weight for query words found side by side in the title.
const TITLE_ADJACENCY_BONUS = 0.5;
/**
 * Weight of a query word found in the article's organizers or province, in
 * the units of a posting's weight (a title occurrence weighs about 4.5): an
 * article the named unit held outranks one that mentions it in passing.
 */
const META_WEIGHT = 4;
/** Match sets kept for reuse: facet toggles, sorting and paging repeat a query. */
const MATCH_CACHE_SIZE = 16;
/** Quoted phrases whose per-article checks are kept. */
const PHRASE_CACHE_SIZE = 32;

const KIND_RANK: Record<ExpansionKind, number> = { term: 3, prefix: 2, typo: 1 };

export const articleUrl = (id: string) => `/bai/${encodeURIComponent(id)}`;

export interface Engine {
  /** Every article's metadata; the full record comes from `article`. */
  articles: readonly ArticleMeta[];
  article(id: string): Article | undefined;
  search(req: SearchRequest): SearchResponse;
}

/**
 * Every article matching a query, with its ranking signals (parallel arrays),
 * compared in this order: coverage (query terms answered at all; differs only
 * in relaxed results), clean (answered without a typo), exact (accented terms
 * found in their exact form), then score (BM25+ per field). Proximity is computed later,
 * for the best candidates only.
 */
interface MatchSet {
  docs: Uint32Array;
  coverage: Uint8Array;
  clean: Uint8Array;
  exact: Uint8Array;
  score: Float64Array;
  /** Proximity points from abbreviations held: the span of query words they stand for, as if side by side. */
  alt: Uint8Array;
  /** Terms answered as typed: no typo, and accented ones in their exact form. */
  strict: Uint8Array;
  relaxed: boolean;
}

/** From the records themselves, or a store that reads an article's text only when a hit or its page needs it. */
export function createEngine(source: readonly Article[] | ArticleStore, index?: SearchIndex): Engine {
  const store = isStore(source) ? source : memoryStore(source);
  const {
    lexicon: lex,
    forward: fwd,
    postings: post,
    pairs,
  } = index ?? buildIndex(isStore(source) ? Array.from(source.meta, (_, d) => source.article(d)) : source);
  const articles = store.meta;
  const N = articles.length;
  if (fwd.start.length !== N + 1) throw new Error("index and articles disagree");
  const byId = new Map(articles.map((a, d) => [a.id, d]));
  const tokens = new DocTokenCache((d) => store.article(d));

  const vocab = formTokens(fwd, lex);
  // The "did you mean" scan's terms, chosen now rather than in the first request that needs them.
  commonTerms(lex);
  // Forms of each folded syllable (CSR), most frequent first since ids are by frequency.
  const formStart = new Uint32Array(lex.terms.length + 1);
  for (let id = 1; id < vocab.length; id++) formStart[fwd.folded[id]! + 1]!++;
  for (let f = 0; f < lex.terms.length; f++) formStart[f + 1]! += formStart[f]!;
  const formIds = new Uint32Array(vocab.length);
  {
    const fill = formStart.slice(0, lex.terms.length);
    for (let id = 1; id < vocab.length; id++) formIds[fill[fwd.folded[id]!]!++] = id;
  }
  const forms: FormIndex = { terms: lex.terms, formStart, formIds, foldedOf: fwd.folded };
  const foldedId = (term: string) => {
    const k = lowerBound(lex.terms, term);
    return lex.terms[k] === term ? k : -1;
  };
  const commonForm = (folded: string) => {
    const f = foldedId(folded);
    return f >= 0 && formStart[f + 1]! > formStart[f]! ? fwd.forms[formIds[formStart[f]!]!]! : folded;
  };

  // Empty queries list every article, newest first: precompute that order once.
  const newestFirst = Uint32Array.from(
    articles.map((_, i) => i).sort((a, b) => compareDate(articles[b]!, articles[a]!) || a - b),
  );
  // Position of each article's date among the distinct dates, newest first (equal dates share it).
  const dateGroup = new Uint32Array(N);
  const groupStart: number[] = [];
  newestFirst.forEach((d, r) => {
    const same = r > 0 && compareDate(articles[newestFirst[r - 1]!]!, articles[d]!) === 0;
    if (!same) groupStart.push(r);
    dateGroup[d] = groupStart.length - 1;
  });
  groupStart.push(N);
  // Undated articles form the last group (newest first): oldest first lists them last too.
  const last = N > 0 ? articles[newestFirst[N - 1]!]! : null;
  const undatedGroup = last && last.date === null && last.year === null ? groupStart.length - 2 : -1;

  // Facet values per article, as small integers.
  const orgNames: string[] = [];
  const orgIndex = new Map<string, number>();
  const orgStart = new Uint32Array(N + 1);
  const orgList: number[] = [];
  articles.forEach((a, d) => {
    orgStart[d] = orgList.length;
    for (const name of new Set(a.organizers)) {
      let o = orgIndex.get(name);
      if (o === undefined) orgIndex.set(name, (o = orgNames.push(name) - 1));
      orgList.push(o);
    }
  });
  orgStart[N] = orgList.length;
  const orgOf = Uint32Array.from(orgList);
  const yearOf = Int32Array.from(articles, (a) => a.year ?? 0);
  // Years as small integers too, so facet counts are array increments (0: no year).
  const yearValues = [...new Set(yearOf)].filter((y) => y !== 0).sort((a, b) => b - a);
  const yearIndex = new Map(yearValues.map((y, k) => [y, k + 1]));
  const yearSlot = Uint16Array.from(yearOf, (y) => yearIndex.get(y) ?? 0);
  // Provinces likewise (one per article; slot 0: no province).
  const provNames = [...new Set(articles.map((a) => a.province).filter((p): p is string => !!p))];
  const provIndex = new Map(provNames.map((p, k) => [p, k + 1]));
  const provSlot = Uint16Array.from(articles, (a) => (a.province ? provIndex.get(a.province)! : 0));
  // Folded names, for searching within a facet's values (facetQuery).
  const orgFolded = orgNames.map((name) => fold(name));
  const provFolded = new Map(provNames.map((name) => [name, fold(name)]));

  // Organizers and province as a searchable field: folded syllable → articles
  // (and accented exact forms → articles), built at load; the artifact does not grow.
  const metaLists = new Map<string, number[]>();
  articles.forEach((a, d) => {
    const seen = new Set<string>();
    for (const name of a.province ? [...a.organizers, a.province] : a.organizers)
      for (const t of tokenize(name))
        for (const key of t.exact === t.folded ? [t.folded] : [t.folded, `=${t.exact}`]) {
          if (seen.has(key)) continue;
          seen.add(key);
          const list = metaLists.get(key);
          if (list) list.push(d);
          else metaLists.set(key, [d]);
        }
  });
  const metaDocs = new Map<string, Uint32Array>();
  for (const [key, list] of metaLists) metaDocs.set(key, Uint32Array.from(list));
  metaLists.clear();

  const cache = new Map<string, MatchSet>();

  // Per-article scratch arrays, reused by every query (zeroed before use):
  // allocating them per query made garbage collection a visible share of
  // query time. Search is synchronous, so one set is enough.
  const scratchBytes: Uint8Array[] = [];
  let scratchScore: Float64Array | undefined;
  function bytes(k: number): Uint8Array {
    while (scratchBytes.length <= k) scratchBytes.push(new Uint8Array(N));
    return scratchBytes[k]!.fill(0);
  }
  const scratchFirst: Uint16Array[] = [];
  function firsts(k: number): Uint16Array {
    while (scratchFirst.length <= k) scratchFirst.push(new Uint16Array(N));
    return scratchFirst[k]!.fill(0xffff);
  }

  /** Docs of a folded syllable's postings, as [from, to) in post.docs. */
  const range = (f: number): [number, number] => [post.offsets[f]!, post.offsets[f + 1]!];

  /** Marks the articles that hold an accented query term in its exact form. */
  function exactMarks(q: QueryTerm, exps: Expansion[], marks: Uint8Array): Uint8Array {
    const mark = (folded: string, form: string) => {
      const d = exactDocs(lex, folded, form);
      if (d === "all") {
        const f = foldedId(folded);
        if (f < 0) return;
        const [a, b] = range(f);
        for (let p = a; p < b; p++) marks[post.docs[p]!] = 1;
      } else if (d) for (const i of d) marks[i] = 1;
    };
    if (!q.prefix) mark(q.folded, q.exact);
    else
      for (const e of exps)
        if (e.kind !== "typo")
          for (const form of formsOf(lex, e.term)) if (form.startsWith(q.exact)) mark(e.term, form);
    return marks;
  }

  /** Per phrase term, which written forms (ids) answer it strictly. */
  function phraseForms(matcher: Matcher, p: number[]): Uint8Array[] {
    return p.map((t) => {
      const ok = new Uint8Array(vocab.length);
      const q = matcher.terms[t]!;
      let from = lowerBound(lex.terms, q.folded);
      let to = from;
      if (q.prefix) while (to < lex.terms.length && lex.terms[to]!.startsWith(q.folded)) to++;
      else if (lex.terms[from] === q.folded) to = from + 1;
      for (; from < to; from++)
        for (let k = formStart[from]!; k < formStart[from + 1]!; k++) {
          const id = formIds[k]!;
          if (matcher.strict(t, vocab[id]!)) ok[id] = 1;
        }
      return ok;
    });
  }

  // Per phrase (as typed), the forms each word accepts and what each article
  // was found to hold (0 not checked yet, 1 holds, 2 does not): other queries
  // with the same phrase, other filters or pages reuse the checks.
  const phraseCache = new Map<string, { ok: Uint8Array[]; known: Uint8Array }>();
  function phraseCheck(matcher: Matcher, p: number[], firstOf: Uint16Array[]): (d: number) => boolean {
    const key = JSON.stringify(p.map((t) => [matcher.terms[t]!.exact, matcher.terms[t]!.prefix]));
    let entry = phraseCache.get(key);
    if (entry) phraseCache.delete(key);
    else {
      entry = { ok: phraseForms(matcher, p), known: new Uint8Array(N) };
      if (phraseCache.size >= PHRASE_CACHE_SIZE) phraseCache.delete(phraseCache.keys().next().value!);
    }
    phraseCache.set(key, entry);
    const { ok, known } = entry;
    // Folded pairs every holder must have side by side (a word still being typed has no fixed form).
    const need: [number, number][] = [];
    for (let j = 0; j + 1 < p.length; j++) {
      const [x, y] = [matcher.terms[p[j]!]!, matcher.terms[p[j + 1]!]!];
      if (!x.prefix && !y.prefix) need.push([foldedId(x.folded), foldedId(y.folded)]);
    }
    return (d) => {
      let v = known[d]!;
      if (v === 0) {
        const maybe = need.every(([a, b]) => a >= 0 && b >= 0 && mayHoldPair(pairs, d, a, b));
        // No occurrence starts before every word has occurred: start the scan there.
        let from = 0;
        for (let j = 0; j < p.length; j++) from = Math.max(from, firstOf[p[j]!]![d]! - j);
        known[d] = v = maybe && holdsPhrase(d, ok, from) ? 1 : 2;
      }
      return v === 1;
    };
  }

  /**
   * True when article d holds the phrase (adjacent ids, in order; never
   * across the title/lead separator), looking from syllable `from` of the article on.
   */
  function holdsPhrase(d: number, ok: Uint8Array[], from: number): boolean {
    const ids = fwd.ids;
    const L = ok.length;
    const first = ok[0]!;
    const end = fwd.start[d + 1]! - L;
    outer: for (let k = fwd.start[d]! + from; k <= end; k++) {
      if (!first[ids[k]!]) continue;
      for (let j = 1; j < L; j++) if (!ok[j]![ids[k + j]!]) continue outer;
      return true;
    }
    return false;
  }

  // Each article's organizer and province names as tokens, made when a re-ranking first needs them.
  const metaTokens: (Token[][] | undefined)[] = new Array(N);
  function metaAdjacency(d: number, matcher: Matcher): number {
    let names = metaTokens[d];
    if (!names) {
      const a = articles[d]!;
      names = metaTokens[d] = (a.province ? [...a.organizers, a.province] : a.organizers).map((x) => tokenize(x));
    }
    let best = 0;
    for (const name of names) best = Math.max(best, matcher.adjacency(name));
    return best;
  }

  // Per alternative (by its syllables), the forms each syllable accepts.
  const altForms = new Map<string, Uint8Array[]>();

  /**
   * The articles that hold an alternative's syllables side by side (its
   * accented syllables in their exact form): verified marks set to k + 1 in
   * `count`, and the list returned.
   */
  function alternativeDocs(alt: Alternative, count: Uint8Array): number[] {
    const k = alt.terms.length;
    const fids = alt.terms.map((q) => foldedId(q.folded));
    if (fids.some((f) => f < 0)) return [];
    for (let j = 0; j < k; j++) {
      const [a, b] = range(fids[j]!);
      for (let p = a; p < b; p++) {
        const d = post.docs[p]!;
        if (count[d] === j) count[d] = j + 1;
      }
    }
    const key = alt.terms.map((q) => q.exact).join(" ");
    let ok = altForms.get(key);
    if (!ok) {
      const sub: ParsedQuery = { terms: alt.terms, excluded: [], phrases: [] };
      const m = new Matcher(
        sub,
        alt.terms.map((q) => expandTerm(lex, q, { typos: false })),
      );
      ok = phraseForms(
        m,
        alt.terms.map((_, j) => j),
      );
      altForms.set(key, ok);
    }
    const loose = k === 1 && !alt.terms[0]!.accented;
    const out: number[] = [];
    const [a, b] = range(fids[k - 1]!);
    for (let p = a; p < b; p++) {
      const d = post.docs[p]!;
      if (count[d] !== k) continue;
      let holds = loose;
      if (!holds) {
        let maybe = true;
        for (let j = 0; j + 1 < k && maybe; j++) maybe = mayHoldPair(pairs, d, fids[j]!, fids[j + 1]!);
        holds = maybe && holdsPhrase(d, ok, 0);
      }
      if (holds) {
        count[d] = k + 1;
        out.push(d);
      }
    }
    return out;
  }

  function match(parsed: ParsedQuery, matcher: Matcher, exps: Expansion[][], alts: Alternative[]): MatchSet {
    const { terms } = parsed;
    const T = terms.length;

    // Exclusions: unaccented ones exclude every form (postings), accented ones
    // only that exact form (the lexicon's lists).
    // Scratch slots: 0 exclusions, 1 relaxed "seen", then per term its kinds and its exact marks.
    const out = bytes(0);
    const excludeFolded = (folded: string) => {
      const f = foldedId(folded);
      if (f < 0) return;
      const [a, b] = range(f);
      for (let p = a; p < b; p++) out[post.docs[p]!] = 1;
    };
    for (const x of parsed.excluded) {
      if (!x.accented) {
        excludeFolded(x.folded);
        continue;
      }
      const d = exactDocs(lex, x.folded, x.exact);
      if (d === "all") excludeFolded(x.folded);
      else if (d) for (const i of d) out[i] = 1;
    }

    if (T === 0) {
      const docs = newestFirst.filter((d) => !out[d]);
      const m = docs.length;
      return {
        docs,
        coverage: new Uint8Array(m),
        clean: new Uint8Array(m),
        exact: new Uint8Array(m),
        score: new Float64Array(m),
        strict: new Uint8Array(m),
        alt: new Uint8Array(m),
        relaxed: false,
      };
    }

    // Term at a time over typed arrays: best match kind per term and article,
    // and the BM25+ sum of every expansion (prefix and typo ones weighted down).
    const kinds = terms.map((_, t) => bytes(2 + t));
    const lists: Uint32Array[] = [];
    scratchScore ??= new Float64Array(N);
    const score = scratchScore.fill(0);
    const { docs: pdocs, weight, idf, first } = post;
    // For words of quoted phrases: where each article has them first (any expansion).
    const firstOf: Uint16Array[] = [];
    let phraseTerms = 0;
    for (let t = 0; t < T; t++) {
      const kt = kinds[t]!;
      const ft = parsed.phrases.length > 0 && terms[t]!.phrase >= 0 ? firsts(phraseTerms++) : null;
      if (ft) firstOf[t] = ft;
      const fids = exps[t]!.map((e) => foldedId(e.term));
      // The articles whose organizers or province hold the word (not for quoted phrases: those are read in the text).
      // The word itself counts there even when the texts never use it ("nghe" of "Nghệ An").
      const metaExps: Expansion[] = [];
      if (terms[t]!.phrase < 0) {
        if (!exps[t]!.some((e) => e.term === terms[t]!.folded))
          metaExps.push({ term: terms[t]!.folded, kind: "term", weight: 1 });
        metaExps.push(...exps[t]!);
      }
      const metas = metaExps.map((e) => metaDocs.get(e.term));
      // Room for every posting of the term's expansions, at most every article.
      let room = 0;
      for (const f of fids) if (f >= 0) room += post.offsets[f + 1]! - post.offsets[f]!;
      for (const md of metas) if (md) room += md.length;
      const list = new Uint32Array(Math.min(N, room));
      let size = 0;
      for (const [x, e] of exps[t]!.entries()) {
        const f = fids[x]!;
        if (f < 0) continue;
        const rank = KIND_RANK[e.kind];
        const w = e.weight * idf[f]!;
        size = addPostings(
          post.offsets[f]!,
          post.offsets[f + 1]!,
          pdocs,
          weight,
          first,
          rank,
          w,
          kt,
          list,
          size,
          score,
          ft,
        );
      }
      for (const [x, e] of metaExps.entries()) {
        const md = metas[x];
        if (!md) continue;
        const f = foldedId(e.term);
        const rank = KIND_RANK[e.kind];
        const mw = META_WEIGHT * e.weight * (f >= 0 ? idf[f]! : Math.log(1 + N / md.length));
        size = addDocs(md, rank, mw, kt, list, size, score);
      }
      lists.push(list.subarray(0, size));
    }

    // Abbreviations and full forms: articles that hold another form of a span
    // of the query's words answer those words (as terms, scored as that form).
    const altExact: [number, number[]][] = [];
    const altPoints = new Map<number, number>();
    alts.forEach((alt, a) => {
      const count = bytes(2 + 2 * T + a);
      const holders = alternativeDocs(alt, count);
      if (holders.length === 0) return;
      const k = alt.terms.length;
      const points = 2 * (alt.to - alt.from - 1);
      if (points > 0) for (const d of holders) altPoints.set(d, Math.max(points, altPoints.get(d) ?? 0));
      for (let j = 0; j < k; j++) {
        const f = foldedId(alt.terms[j]!.folded);
        const w = idf[f]! / k;
        const [a0, b0] = range(f);
        for (let p = a0; p < b0; p++) {
          const d = pdocs[p]!;
          if (count[d] === k + 1) score[d] = score[d]! + w * weight[p]!;
        }
      }
      for (let t = alt.from; t < alt.to; t++) {
        const kt = kinds[t]!;
        const extra: number[] = [];
        for (const d of holders) {
          if (kt[d] === 0) extra.push(d);
          kt[d] = KIND_RANK.term;
        }
        if (extra.length > 0) lists[t] = Uint32Array.from([...Array.from(lists[t]!), ...extra]);
        if (terms[t]!.accented) altExact.push([t, holders]);
      }
    });

    // AND: walk the rarest term's articles, keep those every other term holds.
    let rarest = 0;
    for (let t = 1; t < T; t++) if (lists[t]!.length < lists[rarest]!.length) rarest = t;
    let found = holdingAll(lists[rarest]!, out, kinds);
    // Quoted phrases must occur as written, read from the forward index.
    if (parsed.phrases.length > 0 && found.length > 0) {
      const checks = parsed.phrases.map((p) => phraseCheck(matcher, p, firstOf));
      found = found.filter((d) => checks.every((holds) => holds(d)));
    }
    let relaxed = false;
    if (found.length === 0 && T > 1) {
      // Nothing holds every term: fall back to any term, and say so.
      const seen = bytes(1);
      for (const list of lists)
        for (const d of list)
          if (!seen[d] && !out[d]) {
            seen[d] = 1;
            found.push(d);
          }
      relaxed = found.length > 0;
    }

    const exact = terms.map((q, t) => (q.accented ? exactMarks(q, exps[t]!, bytes(2 + T + t)) : null));
    // An accented word is found as typed in the organizers or province too, or through another form.
    terms.forEach((q, t) => {
      const marks = exact[t];
      if (!marks || q.phrase >= 0 || q.prefix) return;
      const md = metaDocs.get(`=${q.exact}`);
      if (md) for (const d of md) marks[d] = 1;
    });
    for (const [t, holders] of altExact) for (const d of holders) exact[t]![d] = 1;
    const m = found.length;
    const set: MatchSet = {
      docs: Uint32Array.from(found),
      coverage: new Uint8Array(m),
      clean: new Uint8Array(m),
      exact: new Uint8Array(m),
      score: new Float64Array(m),
      strict: new Uint8Array(m),
      alt: new Uint8Array(m),
      relaxed,
    };
    summarize(set, found, kinds, exact, score);
    if (altPoints.size > 0) for (let j = 0; j < m; j++) set.alt[j] = altPoints.get(found[j]!) ?? 0;
    return set;
  }

  /** Cached per normalized query: what the typed words, phrases and exclusions match. */
  function matchCached(parsed: ParsedQuery, matcher: Matcher, exps: Expansion[][], alts: Alternative[]): MatchSet {
    const key = JSON.stringify([
      parsed.terms.map((q) => [q.exact, q.prefix, q.phrase]),
      parsed.excluded.map((q) => q.exact),
      parsed.phrases,
      alts.map((a) => [a.from, a.to, a.terms.map((q) => q.exact)]),
    ]);
    let set = cache.get(key);
    if (set) cache.delete(key);
    else {
      set = match(parsed, matcher, exps, alts);
      if (cache.size >= MATCH_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.set(key, set);
    return set;
  }

  /** Syllables of article d as tokens: the title, and the lead + body. */
  function idTokens(d: number): { title: Token[]; text: Token[] } {
    const s = fwd.start[d]!;
    const t = s + fwd.titleLen[d]!;
    const e = fwd.start[d + 1]!;
    const title: Token[] = new Array(t - s);
    for (let k = s; k < t; k++) title[k - s] = vocab[fwd.ids[k]!]!;
    const text: Token[] = new Array(e - t - 1);
    for (let k = t + 1; k < e; k++) text[k - t - 1] = vocab[fwd.ids[k]!]!;
    return { title, text };
  }

  /**
   * A hit straight off the forward index: what to highlight is decided on the
   * syllable ids with the query's form masks, the snippet's window is chosen
   * on those, and only the window's text is read and decoded (the store's
   * checkpoints) to find its offsets. Articles whose text needs the
   * grapheme-aware tokenizer, and queries of more terms than the masks hold,
   * take the tokenizing path (slowHitOf).
   */
  function hitOf(d: number, score: number, matcher: Matcher, masks: FormMasks | null, phrases: boolean): SearchHit {
    const a = articles[d]!;
    const s = fwd.start[d]!;
    const t = s + fwd.titleLen[d]!;
    const e = fwd.start[d + 1]!;
    const n = e - t - 1;
    const titleSpans = syllableSpans(a.title);
    if (titleSpans && titleSpans.length === 2 * (t - s) && (masks || matcher.terms.length === 0)) {
      const [titleTerms, storyTerms] = masks
        ? markFields(
            masks,
            fwd.ids,
            [
              [s, t],
              [t + 1, e],
            ],
            { phrases },
          )
        : [new Int32Array(t - s).fill(-1), new Int32Array(n).fill(-1)];
      const [best, last] = snippetWindow(storyTerms!, n);
      const part = storyPart(d, best, last + 1, n);
      if (part) {
        const marked = Array.from(titleTerms!, (x) => x >= 0);
        return toHit(
          d,
          score,
          rangesOfSpans(a.title, titleSpans, marked),
          renderSnippet(part, n, best, last, storyTerms!),
          matcher.terms.length > 0,
        );
      }
    }
    return slowHitOf(d, score, matcher, phrases);
  }

  /** The text and syllable offsets of the part of article d's story that holds syllables [from, to). */
  function storyPart(d: number, from: number, to: number, n: number): TextPart | null {
    const slice = store.storySlice?.(d, from, to);
    if (slice && slice.count === n) {
      const spans = syllableSpans(slice.text);
      if (spans && spans.length === 2 * (slice.end - slice.first))
        return { text: slice.text, spans, first: slice.first };
    }
    const text = storyText(store.article(d));
    const spans = syllableSpans(text);
    return spans && spans.length === 2 * n ? { text, spans, first: 0 } : null;
  }

  /** A hit from the article's tokens (tokenized now, with the grapheme-aware tokenizer where the text needs it). */
  function slowHitOf(d: number, score: number, matcher: Matcher, phrases: boolean): SearchHit {
    const doc = tokens.get(d);
    const title = doc.title.tokens;
    const story = doc.text.tokens;
    // Accented terms light up their exact form wherever the article has it.
    const exactIn = matcher.terms.map(
      (q, t) =>
        q.accented && (title.some((tok) => matcher.strict(t, tok)) || story.some((tok) => matcher.strict(t, tok))),
    );
    const completionsAfterPrevious = matcher.completesAfterPrevious(title) || matcher.completesAfterPrevious(story);
    const titleMarks = matcher.marks(title, { phrases, exactIn, completionsAfterPrevious });
    const textMarks = matcher.marks(story, { phrases, exactIn, completionsAfterPrevious });
    return toHit(
      d,
      score,
      rangesOf(articles[d]!.title, title, titleMarks),
      makeSnippet(doc.text.text, story, matcher.termOf(story, textMarks)),
      matcher.terms.length > 0,
    );
  }

  function toHit(d: number, score: number, titleHighlights: Range[], full: Snippet, queried: boolean): SearchHit {
    const a = articles[d]!;
    // A window of 30 syllables is short, unless one "syllable" is a text with no spaces.
    const snippet = clipRanged(full.text, full.highlights, MAX_SNIPPET_CHARS);
    const title = clipRanged(a.title, titleHighlights, MAX_TITLE_CHARS);
    return {
      id: a.id,
      title: title.text,
      titleHighlights: title.highlights,
      date: a.date,
      year: a.year,
      organizers: a.organizers,
      province: a.province ?? null,
      inferred: a.inferred ?? [],
      snippet: snippet.text,
      snippetHighlights: snippet.highlights,
      metadataOnly: queried && title.highlights.length === 0 && full.highlights.length === 0,
      match: "exact",
      url: articleUrl(a.id),
      score: Math.round(score * 1000) / 1000,
    };
  }

  // The search for one reading of the request's query (the query as typed, by default).
  const reader = {
    articles,
    article(id: string) {
      const d = byId.get(id);
      return d === undefined ? undefined : store.article(d);
    },
    search(req: SearchRequest, q = req.q, validate = true): SearchResponse {
      const budget: Budget = {
        deadline: performance.now() + (req.budgetMs ?? SEARCH_BUDGET_MS),
        truncated: false,
        scanned: 0,
      };
      const parsed = firstTerms(parseQuery(q), MAX_QUERY_TERMS);
      if (parsed.cut) budget.truncated = true;
      const T = parsed.terms.length;
      // Typo corrections only while the budget lasts; the rest of the words are taken as typed.
      const exps = parsed.terms.map((q) => {
        const typos = performance.now() <= budget.deadline;
        if (!typos) budget.truncated = true;
        return expandTerm(lex, q, { typos });
      });
      // Forms that cannot answer any term are rejected by id, without string work.
      const matcher = new Matcher(parsed, exps, {
        forms: vocab.length,
        mayAnswer: answerFilter(parsed, exps, lex.terms, fwd.folded),
      });
      // Per written form, which terms it answers: for proximity and highlights.
      const masks = T > 0 && T <= MAX_MASK_TERMS ? new FormMasks(matcher, vocab, forms) : null;
      const alts = alternativesOf(parsed, q);
      const set = matchCached(parsed, matcher, exps, alts);
      // Highlights mark every form that answered: the words, and the other forms of an abbreviation (as phrases).
      let marker = matcher;
      let markerMasks = masks;
      if (alts.length > 0) {
        const wide: ParsedQuery = { terms: [...parsed.terms], excluded: parsed.excluded, phrases: [...parsed.phrases] };
        const wideExps = [...exps];
        for (const alt of alts) {
          const group: number[] = [];
          for (const q of alt.terms) {
            group.push(wide.terms.length);
            wide.terms.push({ ...q, phrase: alt.terms.length > 1 ? wide.phrases.length : -1 });
            wideExps.push(expandTerm(lex, q, { typos: false }));
          }
          if (group.length > 1) wide.phrases.push(group);
        }
        marker = new Matcher(wide, wideExps, { forms: vocab.length });
        markerMasks = wide.terms.length <= MAX_MASK_TERMS ? new FormMasks(marker, vocab, forms) : null;
      }
      const { docs, relaxed } = set;

      // Selections as typed-array flags; slot 0 of year and province (and the
      // organizer flag orgNone) is the "Không rõ" bucket: no value.
      const orgSel = new Uint8Array(orgNames.length);
      let orgNone = false;
      for (const name of req.organizers) {
        if (name === null) orgNone = true;
        else {
          const o = orgIndex.get(name);
          if (o !== undefined) orgSel[o] = 1;
        }
      }
      const orgFilter = req.organizers.length > 0;
      const yearSel = new Uint8Array(yearValues.length + 1);
      for (const year of req.years) {
        const k = year === null ? 0 : yearIndex.get(year);
        if (k !== undefined) yearSel[k] = 1;
      }
      const yearFilter = req.years.length > 0;
      const provinces = req.provinces ?? [];
      const provSel = new Uint8Array(provNames.length + 1);
      for (const name of provinces) {
        const k = name === null ? 0 : provIndex.get(name);
        if (k !== undefined) provSel[k] = 1;
      }
      const provFilter = provinces.length > 0;

      // Disjunctive facets over the whole match set: each facet counts with
      // every filter but its own. O(matches), over typed arrays.
      const orgCounts = new Uint32Array(orgNames.length);
      let orgNoneCount = 0;
      const yearCounts = new Uint32Array(yearValues.length + 1);
      const provCounts = new Uint32Array(provNames.length + 1);
      const kept: number[] = [];
      const inRange = dateRangeTest(req.dateFrom, req.dateTo); // not a facet: it narrows every count
      for (let j = 0; j < docs.length; j++) {
        const d = docs[j]!;
        if (inRange && !inRange(articles[d]!)) continue;
        const o0 = orgStart[d]!;
        const o1 = orgStart[d + 1]!;
        let o = !orgFilter || (orgNone && o0 === o1);
        if (!o) for (let k = o0; k < o1 && !o; k++) if (orgSel[orgOf[k]!]) o = true;
        const slot = yearSlot[d]!;
        const y = !yearFilter || yearSel[slot] === 1;
        const pslot = provSlot[d]!;
        const p = !provFilter || provSel[pslot] === 1;
        if (y && p) {
          if (o0 === o1) orgNoneCount++;
          else for (let k = o0; k < o1; k++) orgCounts[orgOf[k]!]!++;
        }
        if (o && p) yearCounts[slot]!++;
        if (o && y) provCounts[pslot]!++;
        if (o && y && p) kept.push(j);
      }
      // Each facet: its MAX_FACET_VALUES most frequent values (of those the
      // facet search matches), then the selected ones, then "Không rõ".
      const orgNeedle = fold(req.facetQuery?.organizer?.trim() ?? "");
      const orgMap = new Map<string, number>();
      orgCounts.forEach((c, o) => {
        if (c > 0 && (!orgNeedle || orgFolded[o]!.includes(orgNeedle))) orgMap.set(orgNames[o]!, c);
      });
      const organizerTop = topFacet(orgMap, req.organizers, (name) => {
        const o = orgIndex.get(name);
        return o === undefined ? 0 : orgCounts[o]!;
      });
      const organizerFacet: FacetValue<string | null>[] = organizerTop.values;
      if (orgNoneCount > 0 || orgNone) organizerFacet.push({ value: null, count: orgNoneCount });

      const yearFacet: FacetValue<number | null>[] = [];
      yearValues.forEach((value, k) => {
        if (yearCounts[k + 1]! > 0 || yearSel[k + 1]) yearFacet.push({ value, count: yearCounts[k + 1]! });
      });
      for (const year of new Set(req.years))
        if (year !== null && !yearIndex.has(year)) yearFacet.push({ value: year, count: 0 });
      yearFacet.sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
      // Years list newest first: past the bound, the newest years and the selected ones.
      let yearMore = 0;
      if (yearFacet.length > MAX_FACET_VALUES) {
        const sel = new Set(req.years);
        const keep = yearFacet.filter((v, i) => i < MAX_FACET_VALUES || sel.has(v.value));
        yearMore = yearFacet.length - keep.length;
        yearFacet.splice(0, yearFacet.length, ...keep);
      }
      if (yearCounts[0]! > 0 || yearSel[0]) yearFacet.push({ value: null, count: yearCounts[0]! });

      const provNeedle = fold(req.facetQuery?.province?.trim() ?? "");
      const provMap = new Map<string, number>();
      provNames.forEach((name, k) => {
        if (provCounts[k + 1]! > 0 && (!provNeedle || provFolded.get(name)!.includes(provNeedle)))
          provMap.set(name, provCounts[k + 1]!);
      });
      const provinceTop = topFacet(provMap, provinces, (name) => {
        const k = provIndex.get(name);
        return k === undefined ? 0 : provCounts[k]!;
      });
      const provinceFacet: FacetValue<string | null>[] = provinceTop.values;
      if (provCounts[0]! > 0 || provSel[0]) provinceFacet.push({ value: null, count: provCounts[0]! });

      const from = (req.page - 1) * req.perPage;
      const want = from + req.perPage;
      const sort = T === 0 && req.sort === "relevance" ? "newest" : req.sort;
      const score = (j: number) => set.score[j]!;
      let order: number[];
      const scores = new Map<number, number>();
      const proximity = new Map<number, number>();
      if (sort === "relevance") {
        const byRelevance = (x: number, y: number) =>
          set.coverage[y]! - set.coverage[x]! ||
          set.clean[y]! - set.clean[x]! ||
          set.exact[y]! - set.exact[x]! ||
          (proximity.get(y) ?? 0) - (proximity.get(x) ?? 0) ||
          (scores.get(y) ?? score(y)) - (scores.get(x) ?? score(x)) ||
          dateGroup[docs[x]!]! - dateGroup[docs[y]!]! ||
          docs[x]! - docs[y]!;
        // Before re-ranking no article has proximity or a title bonus: the
        // same order without looking them up (this comparator runs per match).
        const { coverage, clean, exact, score: base } = set;
        const beforeRerank = (x: number, y: number) =>
          coverage[y]! - coverage[x]! ||
          clean[y]! - clean[x]! ||
          exact[y]! - exact[x]! ||
          base[y]! - base[x]! ||
          dateGroup[docs[x]!]! - dateGroup[docs[y]!]! ||
          docs[x]! - docs[y]!;
        // Only the best `depth` are ever ordered: the page, and the re-ranked top.
        const depth = Math.max(want, T > 1 ? RERANK_DEPTH : 0);
        order = topK(kept, depth, beforeRerank);
        if (T > 1) {
          // The same depth whatever the page, so pages never overlap.
          const top = order.slice(0, RERANK_DEPTH);
          const pairs = 2 * (T - 1);
          for (const j of top) {
            const d = docs[j]!;
            let inTitle: number;
            let inText: number;
            if (masks) {
              // Straight off the forward index: title, then (after the separator) lead and body.
              const s = fwd.start[d]!;
              const t = s + fwd.titleLen[d]!;
              inTitle = masks.adjacency(fwd.ids, s, t);
              inText = masks.adjacency(fwd.ids, t + 1, fwd.start[d + 1]!);
            } else {
              const doc = idTokens(d);
              inTitle = matcher.adjacency(doc.title);
              inText = matcher.adjacency(doc.text);
            }
            // The organizers and province count like a title; an abbreviation held stands for its words side by side.
            const inMeta = metaAdjacency(d, matcher);
            proximity.set(j, Math.max(inTitle, inText, inMeta, set.alt[j]!));
            scores.set(j, score(j) * (1 + (TITLE_ADJACENCY_BONUS * Math.max(inTitle, inMeta)) / pairs));
          }
          top.sort(byRelevance);
          order.splice(0, top.length, ...top);
        }
      } else {
        order = byDate(docs, kept, want, sort === "newest");
      }

      // Ranking is lexicographic on these signals: a match as typed exists iff
      // some article answers every term cleanly and every accented term exactly.
      const accented = parsed.terms.filter((q) => q.accented).length;
      let approximate = relaxed;
      let kind: AnswerKind = T === 0 ? "exact" : "none";
      let weak = false;
      if (T > 0 && docs.length > 0) {
        const pool = kept.length > 0 ? kept : Array.from(docs.keys());
        let bestClean = 0;
        let bestStrict = 0;
        let asTyped = false;
        for (const j of pool) {
          if (set.clean[j]! > bestClean) bestClean = set.clean[j]!;
          if (set.strict[j]! > bestStrict) bestStrict = set.strict[j]!;
          if (set.clean[j] === T && set.exact[j]! >= accented) asTyped = true;
        }
        if (!relaxed) approximate = !asTyped;
        kind = relaxed ? "partial" : asTyped ? "exact" : bestClean === T ? "folded" : "typo";
        // Near matches worth showing under their heading, or noise: accents
        // typed and not found, several words corrected, or most words missing.
        if (kind === "folded") weak = true;
        else if (kind === "typo") weak = T - bestClean >= 2 || bestStrict === 0;
        else if (kind === "partial") weak = bestStrict === 0 || 2 * bestStrict < T;
      }

      // Each hit says how it matches: the list can set near matches apart from answers.
      const hitKind = (j: number): AnswerKind =>
        T === 0
          ? "exact"
          : set.coverage[j]! < T
            ? "partial"
            : set.clean[j]! < T
              ? "typo"
              : set.exact[j]! < accented
                ? "folded"
                : "exact";
      const hits = order.slice(from, want).map((j) => {
        const hit = hitOf(docs[j]!, scores.get(j) ?? score(j), marker, markerMasks, !relaxed);
        hit.match = hitKind(j);
        return hit;
      });
      const total = kept.length;
      if (total === 0 && T > 0) {
        kind = "none";
        weak = false;
      }
      let suggestion = total === 0 || approximate ? suggestQuery(parsed, lex, commonForm, budget) : null;
      // A suggestion is offered only as a phrase of the corpus that answers: its words side by side in some article.
      if (
        suggestion !== null &&
        (!validate || !answers(reader.search({ ...req, page: 1, perPage: 1 }, `"${suggestion}"`, false)))
      )
        suggestion = null;

      return {
        query: req.q,
        total,
        page: req.page,
        perPage: req.perPage,
        relaxed,
        approximate,
        match: kind,
        weak,
        suggestion,
        reading: null,
        readAs: null,
        truncated: budget.truncated,
        hits,
        facets: { organizer: organizerFacet, year: yearFacet, province: provinceFacet },
        facetsMore: { organizer: organizerTop.more, year: yearMore, province: provinceTop.more },
      };
    },
  };

  return {
    articles,
    article: reader.article,
    search(req) {
      const literal = reader.search(req);
      if (answers(literal)) return literal;
      // Typed with the keyboard's input method off? Read the keys as a second
      // reading, and show it only when it answers (every word found as read).
      const keys = readKeystrokes(req.q);
      if (!keys) return literal;
      const read = reader.search(req, keys.text);
      if (!answers(read)) return literal;
      return { ...read, query: req.q, reading: keys.scheme, readAs: keys.text };
    },
  };

  /** The kept matches (indexes into docs) newest or oldest first (equal dates in corpus order), only as far as needed. */
  function byDate(docs: Uint32Array, kept: number[], want: number, newest: boolean): number[] {
    const dir = newest ? 1 : -1;
    // Either way, an article of no known date comes after every dated one.
    const key = (d: number) => (dateGroup[d] === undatedGroup ? Number.MAX_SAFE_INTEGER : dir * dateGroup[d]!);
    if (kept.length * 16 < N) return kept.sort((x, y) => key(docs[x]!) - key(docs[y]!) || docs[x]! - docs[y]!);
    // Dense: walk the precomputed date order instead of sorting.
    const at = new Int32Array(N).fill(-1);
    for (const j of kept) at[docs[j]!] = j;
    const out: number[] = [];
    const groups = groupStart.length - 1;
    const dated = undatedGroup >= 0 ? groups - 1 : groups;
    for (let g = 0; g < groups && out.length < want; g++) {
      const group = newest || g >= dated ? g : dated - 1 - g;
      for (let r = groupStart[group]!; r < groupStart[group + 1]! && out.length < want; r++) {
        const j = at[newestFirst[r]!]!;
        if (j >= 0) out.push(j);
      }
    }
    return out;
  }
}

/**
 * The query's first n words (MAX_QUERY_TERMS): a phrase cut short keeps the
 * words before the cut, and is no phrase when one word is left. `cut` says
 * whether words were dropped.
 */
export function firstTerms(parsed: ParsedQuery, n: number): ParsedQuery & { cut: boolean } {
  if (parsed.terms.length <= n) return { ...parsed, cut: false };
  const terms = parsed.terms.slice(0, n).map((t) => ({ ...t }));
  const phrases: number[][] = [];
  for (const p of parsed.phrases) {
    const kept = p.filter((i) => i < n);
    if (kept.length > 1) phrases.push(kept);
    else for (const i of kept) terms[i]!.phrase = -1;
  }
  // Phrases are in query order: only the last ones lose words, so the kept ones keep their numbers.
  return { terms, excluded: parsed.excluded, phrases, cut: true };
}

/** True when a response answers its query: results holding every word as typed. */
function answers(r: SearchResponse): boolean {
  return r.total > 0 && !r.relaxed && !r.approximate;
}

/** The k best items by cmp, in order (a bounded heap; O(n log k)). */
/** text cut to n characters with "…", its ranges kept only where they fit. */
// The hot loops of a match, apart from the rest of it: small functions the
// compiler optimizes once and keeps, whatever else a query's path reaches.

/**
 * Postings [from, to) of one expansion into a term's match: each article's
 * best kind (kt), its first occurrence for a phrase word (ft), its score,
 * and the articles newly found appended to list. Returns the list's new size.
 */
function addPostings(
  from: number,
  to: number,
  pdocs: Uint32Array,
  weight: Float32Array,
  first: Uint16Array,
  rank: number,
  w: number,
  kt: Uint8Array,
  list: Uint32Array,
  size: number,
  score: Float64Array,
  ft: Uint16Array | null,
): number {
  for (let p = from; p < to; p++) {
    const d = pdocs[p]!;
    const k = kt[d]!;
    if (k === 0) list[size++] = d;
    if (rank > k) kt[d] = rank;
    score[d] = score[d]! + w * weight[p]!;
    if (ft && first[p]! < ft[d]!) ft[d] = first[p]!;
  }
  return size;
}

/** addPostings for articles found in their organizers or province, each weighing mw. */
function addDocs(
  md: Uint32Array,
  rank: number,
  mw: number,
  kt: Uint8Array,
  list: Uint32Array,
  size: number,
  score: Float64Array,
): number {
  for (let j = 0; j < md.length; j++) {
    const d = md[j]!;
    const k = kt[d]!;
    if (k === 0) list[size++] = d;
    if (rank > k) kt[d] = rank;
    score[d] = score[d]! + mw;
  }
  return size;
}

/** Per found article: how many terms it holds at all, cleanly, exactly and as typed, and its score. */
function summarize(
  set: MatchSet,
  found: readonly number[],
  kinds: readonly Uint8Array[],
  exact: readonly (Uint8Array | null)[],
  score: Float64Array,
): void {
  const T = kinds.length;
  const clean = KIND_RANK.prefix;
  for (let j = 0; j < found.length; j++) {
    const d = found[j]!;
    let coverage = 0;
    let cleanTerms = 0;
    let ex = 0;
    let strict = 0;
    for (let t = 0; t < T; t++) {
      const rank = kinds[t]![d]!;
      if (rank === 0) continue;
      coverage++;
      if (rank < clean) continue;
      cleanTerms++;
      const e = exact[t];
      if (e === null || e === undefined) strict++;
      else if (e[d]) {
        ex++;
        strict++;
      }
    }
    set.coverage[j] = coverage;
    set.clean[j] = cleanTerms;
    set.exact[j] = ex;
    set.strict[j] = strict;
    set.score[j] = score[d]!;
  }
}

/** The articles of list, not excluded, that every term holds. */
function holdingAll(list: Uint32Array, out: Uint8Array, kinds: Uint8Array[]): number[] {
  const found: number[] = [];
  const T = kinds.length;
  for (let j = 0; j < list.length; j++) {
    const d = list[j]!;
    if (out[d]) continue;
    let all = true;
    for (let t = 0; t < T && all; t++) if (kinds[t]![d] === 0) all = false;
    if (all) found.push(d);
  }
  return found;
}

function clipRanged(text: string, ranges: Range[], n: number): Snippet {
  if (text.length <= n) return { text, highlights: ranges };
  const cut = `${text.slice(0, n - 1)}…`;
  return {
    text: cut,
    highlights: ranges.filter(([s]) => s < n - 1).map(([s, e]): Range => [s, Math.min(e, n - 1)]),
  };
}

function topK(items: number[], k: number, cmp: (a: number, b: number) => number): number[] {
  if (items.length <= k * 4) return items.slice().sort((a, b) => cmp(a, b) || a - b);
  const full = (a: number, b: number) => cmp(a, b) || a - b;
  // Max-heap on "worse": the root is the worst of the best k so far.
  const heap: number[] = [];
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (full(heap[i]!, heap[p]!) <= 0) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && full(heap[l]!, heap[w]!) > 0) w = l;
      if (r < heap.length && full(heap[r]!, heap[w]!) > 0) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w]!, heap[i]!];
      i = w;
    }
  };
  for (const x of items) {
    if (heap.length < k) {
      heap.push(x);
      up(heap.length - 1);
    } else if (full(x, heap[0]!) < 0) {
      heap[0] = x;
      down(0);
    }
  }
  return heap.sort(full);
}

/**
 * A facet's listed values: the MAX_FACET_VALUES most frequent of `counts`
 * (ties in Vietnamese alphabetical order), then the selected values not among
 * them (`countOf`: 0 when nothing matches them now), and how many of
 * `counts` are left out. Sorts only the values that can be listed.
 */
function topFacet(
  counts: Map<string, number>,
  selected: readonly (string | null)[],
  countOf: (name: string) => number,
): { values: FacetValue<string>[]; more: number } {
  const byCount = (a: FacetValue<string>, b: FacetValue<string>) =>
    b.count - a.count || a.value.localeCompare(b.value, "vi");
  let all = [...counts.entries()].map(([value, count]) => ({ value, count }));
  if (all.length > MAX_FACET_VALUES) {
    // The count of the MAX_FACET_VALUES-th value: only those at or above it can be listed.
    const least = Float64Array.from(all, (v) => v.count).sort()[all.length - MAX_FACET_VALUES]!;
    all = all.filter((v) => v.count >= least);
  }
  const values = all.sort(byCount).slice(0, MAX_FACET_VALUES);
  const listed = new Set(values.map((v) => v.value));
  for (const name of selected)
    if (name !== null && !listed.has(name)) {
      listed.add(name);
      values.push({ value: name, count: countOf(name) });
    }
  let more = 0;
  for (const name of counts.keys()) if (!listed.has(name)) more++;
  return { values, more };
}

/** Orders by date, then year; undated articles sort as oldest (byDate lists them last either way). */
function compareDate(a: ArticleMeta, b: ArticleMeta): number {
  const ka = a.date ?? (a.year !== null ? `${a.year}-00-00` : "");
  const kb = b.date ?? (b.year !== null ? `${b.year}-00-00` : "");
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
