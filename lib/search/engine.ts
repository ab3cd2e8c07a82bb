import type MiniSearch from "minisearch";
import type { Query, SearchResult } from "minisearch";
import type { Article } from "../ingest";
import { buildArticleLexicon, type IndexedDoc } from "./build";
import { DocTokenCache, storyText } from "./doc-tokens";
import { type Expansion, expandTerm, type MatchKind } from "./expand";
import { makeSnippet, rangesOf } from "./highlight";
import { exactDocs, formsOf, type Lexicon } from "./lexicon";
import { Matcher } from "./matcher";
import { phraseRegex, regexReadable } from "./phrase";
import { type ParsedQuery, parseQuery, type QueryTerm } from "./query";
import type { FacetValue, SearchHit, SearchRequest, SearchResponse } from "./types";

// Title words matter most, then the lead, then the rest of the story.
export const BOOST = { title: 3, lead: 2, body: 1 };
/** How many of the best candidates get positional re-ranking (proximity). */
export const RERANK_DEPTH = 64;
// Extra weight for query words found side by side in the title.
const TITLE_ADJACENCY_BONUS = 0.5;

const KIND_RANK: Record<MatchKind, number> = { term: 3, prefix: 2, typo: 1 };

export const articleUrl = (id: string) => `/bai/${encodeURIComponent(id)}`;

export interface Engine {
  articles: readonly Article[];
  article(id: string): Article | undefined;
  search(req: SearchRequest): SearchResponse;
}

/** Ranking signals of one matching article; compared in this order, most important first. */
interface Candidate {
  i: number;
  /** Query terms the article answers at all (differs only in relaxed results). */
  coverage: number;
  /** …answered without a typo. */
  clean: number;
  /** Accented query terms found in their exact (tone-normalized) form. */
  exact: number;
  /** Adjacent query-term pairs (see Matcher.adjacency); only for the top candidates. */
  proximity: number;
  /** BM25 over folded syllables with field boosts (and the title-adjacency bonus). */
  score: number;
}

/** Per accented query term: which articles hold the form the user typed. */
interface ExactTest {
  /** Index terms whose every occurrence is in an accepted exact form. */
  viaTerm: Set<string>;
  docs: Uint8Array | null;
}

export function createEngine(
  articles: Article[],
  index: MiniSearch<IndexedDoc>,
  lexicon: Lexicon = buildArticleLexicon(articles),
): Engine {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const tokens = new DocTokenCache(articles);
  // Per article, learned on first use: can a phrase be checked on its raw text? (1 yes, 2 no)
  const readable = new Uint8Array(articles.length);
  const isReadable = (i: number) => {
    if (readable[i] === 0) {
      const a = articles[i]!;
      readable[i] = regexReadable(a.title) && regexReadable(storyText(a)) ? 1 : 2;
    }
    return readable[i] === 1;
  };
  // Empty queries list every article, newest first: precompute that order once.
  const newestFirst = articles.map((_, i) => i).sort((a, b) => compareDate(articles[b]!, articles[a]!) || a - b);

  /** Marks, in a per-article byte map, the articles holding an exact form of q. */
  function exactTest(q: QueryTerm, exps: Expansion[]): ExactTest {
    const test: ExactTest = { viaTerm: new Set(), docs: null };
    const mark = (folded: string, form: string) => {
      const d = exactDocs(lexicon, folded, form);
      if (d === "all") test.viaTerm.add(folded);
      else if (d) {
        test.docs ??= new Uint8Array(articles.length);
        for (const i of d) test.docs[i] = 1;
      }
    };
    if (!q.prefix) mark(q.folded, q.exact);
    else
      for (const e of exps)
        if (e.kind !== "typo") for (const form of formsOf(lexicon, e.term)) if (form.startsWith(q.exact)) mark(e.term, form);
    return test;
  }

  function match(parsed: ParsedQuery, matcher: Matcher, exps: Expansion[][]): { found: Candidate[]; relaxed: boolean } {
    const { terms } = parsed;

    // Exclusions are answered by the index: folded terms through AND_NOT, and
    // accented ones through the lexicon's exact-form lists.
    const notFolded: string[] = [];
    const notExact: Uint8Array = new Uint8Array(articles.length);
    for (const x of parsed.excluded) {
      if (!x.accented) {
        notFolded.push(x.folded);
        continue;
      }
      const d = exactDocs(lexicon, x.folded, x.exact);
      if (d === "all") notFolded.push(x.folded);
      else if (d) for (const i of d) notExact[i] = 1;
    }

    if (terms.length === 0) {
      const out = new Set(newestFirst);
      if (notFolded.length > 0)
        for (const r of index.search({ combineWith: "OR", queries: notFolded })) out.delete(r.id as number);
      const found: Candidate[] = [];
      for (const i of out)
        if (!notExact[i]) found.push({ i, coverage: 0, clean: 0, exact: 0, proximity: 0, score: 0 });
      return { found, relaxed: false };
    }

    const termQueries: Query[] = terms.map((q, t) => ({
      combineWith: "OR",
      queries:
        exps[t]!.length > 0
          ? exps[t]!.map((e): Query => ({ queries: [e.term], boostTerm: () => e.weight }))
          : [q.folded], // finds nothing: keeps the AND honest
    }));
    const run = (combineWith: "AND" | "OR"): SearchResult[] => {
      const positive: Query = { combineWith, queries: termQueries };
      const query: Query =
        notFolded.length > 0 ? { combineWith: "AND_NOT", queries: [positive, { combineWith: "OR", queries: notFolded }] } : positive;
      return index.search(query, { boost: BOOST }).filter((r) => !notExact[r.id as number]);
    };

    // Which query term(s) each index term stands for, and how.
    const derived = new Map<string, [number, number][]>();
    exps.forEach((list, t) => {
      for (const e of list) {
        let d = derived.get(e.term);
        if (!d) derived.set(e.term, (d = []));
        d.push([t, KIND_RANK[e.kind]]);
      }
    });
    const exact = terms.map((q, t) => (q.accented ? exactTest(q, exps[t]!) : null));

    const toCandidate = (r: SearchResult): Candidate => {
      const i = r.id as number;
      const kinds = new Uint8Array(terms.length);
      const matched = Object.keys(r.match);
      for (const term of matched) for (const [t, rank] of derived.get(term) ?? []) if (rank > kinds[t]!) kinds[t] = rank;
      let coverage = 0;
      let clean = 0;
      let exactCount = 0;
      kinds.forEach((rank, t) => {
        if (rank > 0) coverage++;
        if (rank >= KIND_RANK.prefix) clean++;
        const test = exact[t];
        if (test && rank >= KIND_RANK.prefix && (test.docs?.[i] || matched.some((m) => test.viaTerm.has(m)))) exactCount++;
      });
      return { i, coverage, clean, exact: exactCount, proximity: 0, score: r.score };
    };

    let found = run("AND").map(toCandidate);
    // Quoted phrases must occur as written: checked with a regex on the raw
    // text, or on the article's syllables when the text is not plain NFC.
    if (parsed.phrases.length > 0) {
      const regexes = parsed.phrases.map((p) => phraseRegex(p.map((t) => terms[t]!)));
      found = found.filter((c) => {
        const a = articles[c.i]!;
        if (isReadable(c.i)) {
          const text = storyText(a);
          return regexes.every((re) => re.test(a.title) || re.test(text));
        }
        const doc = tokens.get(c.i);
        return parsed.phrases.every((p) => matcher.phraseAt(doc.title.tokens, p) >= 0 || matcher.phraseAt(doc.text.tokens, p) >= 0);
      });
    }
    if (found.length > 0 || terms.length === 1) return { found, relaxed: false };
    // Nothing holds every term: fall back to any term, and say so.
    found = run("OR").map(toCandidate);
    return { found, relaxed: found.length > 0 };
  }

  /** Positional re-ranking of the best candidates: query words side by side first. */
  function rerank(top: Candidate[], matcher: Matcher) {
    const pairs = 2 * (matcher.terms.length - 1);
    for (const c of top) {
      const doc = tokens.get(c.i);
      const inTitle = matcher.adjacency(doc.title.tokens);
      c.proximity = Math.max(inTitle, matcher.adjacency(doc.text.tokens));
      c.score *= 1 + (TITLE_ADJACENCY_BONUS * inTitle) / pairs;
    }
  }

  function byRelevance(a: Candidate, b: Candidate): number {
    return (
      b.coverage - a.coverage ||
      b.clean - a.clean ||
      b.exact - a.exact ||
      b.proximity - a.proximity ||
      b.score - a.score ||
      compareDate(articles[b.i]!, articles[a.i]!) ||
      a.i - b.i
    );
  }

  function hitOf(c: Candidate, matcher: Matcher, phrases: boolean): SearchHit {
    const a = articles[c.i]!;
    const doc = tokens.get(c.i);
    // Accented terms light up their exact form wherever the article has it.
    const exactIn = matcher.terms.map(
      (q, t) =>
        q.accented &&
        (doc.title.tokens.some((tok) => matcher.strict(t, tok)) || doc.text.tokens.some((tok) => matcher.strict(t, tok))),
    );
    const completionsAfterPrevious =
      matcher.completesAfterPrevious(doc.title.tokens) || matcher.completesAfterPrevious(doc.text.tokens);
    const titleMarks = matcher.marks(doc.title.tokens, { phrases, exactIn, completionsAfterPrevious });
    const textMarks = matcher.marks(doc.text.tokens, { phrases, exactIn, completionsAfterPrevious });
    const snippet = makeSnippet(doc.text.text, doc.text.tokens, matcher.termOf(doc.text.tokens, textMarks));
    return {
      id: a.id,
      title: a.title,
      titleHighlights: rangesOf(a.title, doc.title.tokens, titleMarks),
      date: a.date,
      year: a.year,
      organizers: a.organizers,
      snippet: snippet.text,
      snippetHighlights: snippet.highlights,
      url: articleUrl(a.id),
      score: Math.round(c.score * 1000) / 1000,
    };
  }

  return {
    articles,
    article: (id) => byId.get(id),
    search(req) {
      const parsed = parseQuery(req.q);
      const exps = parsed.terms.map((q) => expandTerm(lexicon, q));
      const matcher = new Matcher(parsed, exps);
      const { found, relaxed } = match(parsed, matcher, exps);

      const orgSet = new Set(req.organizers);
      const yearSet = new Set(req.years);
      const orgOk = (a: Article) => orgSet.size === 0 || a.organizers.some((o) => orgSet.has(o));
      const yearOk = (a: Article) => yearSet.size === 0 || (a.year !== null && yearSet.has(a.year));

      // Disjunctive facets: each facet counts with every filter but its own.
      const orgCounts = new Map<string, number>();
      const yearCounts = new Map<number, number>();
      const kept: Candidate[] = [];
      for (const c of found) {
        const a = articles[c.i]!;
        const o = orgOk(a);
        const y = yearOk(a);
        if (y) for (const name of new Set(a.organizers)) orgCounts.set(name, (orgCounts.get(name) ?? 0) + 1);
        if (o && a.year !== null) yearCounts.set(a.year, (yearCounts.get(a.year) ?? 0) + 1);
        if (o && y) kept.push(c);
      }
      // Selected values stay visible even when nothing matches them now.
      for (const name of orgSet) if (!orgCounts.has(name)) orgCounts.set(name, 0);
      for (const year of yearSet) if (!yearCounts.has(year)) yearCounts.set(year, 0);

      const sort = parsed.terms.length === 0 && req.sort === "relevance" ? "newest" : req.sort;
      if (sort === "relevance") {
        kept.sort(byRelevance);
        if (parsed.terms.length > 1) {
          // The same depth whatever the page, so pages never overlap.
          const top = kept.slice(0, RERANK_DEPTH);
          rerank(top, matcher);
          top.sort(byRelevance);
          kept.splice(0, top.length, ...top);
        }
      } else {
        const dir = sort === "newest" ? 1 : -1;
        kept.sort((x, y) => dir * compareDate(articles[y.i]!, articles[x.i]!) || x.i - y.i);
      }

      // Ranking is lexicographic on these signals: if the best result is not a
      // match as typed, none is.
      const best = kept[0] ?? found[0];
      const accented = parsed.terms.filter((q) => q.accented).length;
      const approximate =
        relaxed || (best !== undefined && parsed.terms.length > 0 && (best.clean < parsed.terms.length || best.exact < accented));

      const from = (req.page - 1) * req.perPage;
      const hits = kept.slice(from, from + req.perPage).map((c) => hitOf(c, matcher, !relaxed));

      return {
        query: req.q,
        total: kept.length,
        page: req.page,
        perPage: req.perPage,
        relaxed,
        approximate,
        hits,
        facets: {
          organizer: facetList(orgCounts, (a, b) => a.localeCompare(b, "vi")),
          year: [...yearCounts.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => b.value - a.value),
        },
      };
    },
  };
}

/** Most frequent first; ties in alphabetical order. */
function facetList(counts: Map<string, number>, tie: (a: string, b: string) => number): FacetValue<string>[] {
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || tie(a.value, b.value));
}

/** Orders by date, then year; undated articles sort as oldest. */
function compareDate(a: Article, b: Article): number {
  const ka = a.date ?? (a.year !== null ? `${a.year}-00-00` : "");
  const kb = b.date ?? (b.year !== null ? `${b.year}-00-00` : "");
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
