import type { Article } from "../../ingest";
import { MAX_QUERY_TERMS, SEARCH_BUDGET_MS } from "../../limits";
import { readKeystrokes } from "../../text";
import { buildIndex, type SearchIndex } from "../index/build";
import { formTokens } from "../index/forward";
import { termId } from "../index/lexicon";
import { alternativesOf, curatedReadings } from "../query/aliases";
import { dateRangeTest } from "../query/date-range";
import { type Budget, commonShapes, suggestQuery } from "../query/did-you-mean";
import { expandTerm } from "../query/expand";
import { buildFormIndex } from "../query/form-masks";
import { Matcher } from "../query/matcher";
import { parseQuery } from "../query/parse";
import { HitBuilder } from "../results/hits";
import { type ArticleMeta, type ArticleStore, isStore, memoryStore } from "../results/store";
import type { SearchRequest, SearchResponse } from "../types";
import { analyzeQuery, type Vocabulary } from "./analyze";
import { answerKind, hitKind } from "./answer-kind";
import { DateOrder } from "./date-order";
import { FacetTables } from "./facets";
import { Matches } from "./match";
import { MetaField } from "./meta-field";
import { PhraseChecker } from "./phrases";
import { type Ranked, rankByRelevance } from "./rank";

export interface Engine {
  /** Every article's metadata; the full record comes from `article`. */
  articles: readonly ArticleMeta[];
  article(id: string): Article | undefined;
  search(req: SearchRequest): SearchResponse;
  /**
   * Work that makes later queries faster, done after load in idle time, in
   * steps of whole articles until `syllables` have been read (all by
   * default): the articles holding each curated abbreviation's and place's
   * readings, found in one pass instead of by each reading's first use, and
   * the written forms side by side anywhere. True when done. Answers are the
   * same before, during and after.
   */
  prepare(syllables?: number): boolean;
}

/**
 * The engine over an index: from the records themselves, or a store that
 * reads an article's text only when a hit or its page needs it. Everything a
 * query reads is built here once (the steps' tables); `search` then runs the
 * steps: parse and expand → match → facets → order (and re-rank) → page →
 * hits → suggestion.
 */
export function createEngine(source: readonly Article[] | ArticleStore, index?: SearchIndex): Engine {
  const store = isStore(source) ? source : memoryStore(source);
  const searchIndex =
    index ?? buildIndex(isStore(source) ? Array.from(source.meta, (_, d) => source.article(d)) : source);
  const { lexicon, forward } = searchIndex;
  const articles = store.meta;
  if (forward.start.length !== articles.length + 1) throw new Error("index and articles disagree");
  const byId = new Map(articles.map((a, d) => [a.id, d]));

  const forms = formTokens(forward, lexicon);
  const formIndex = buildFormIndex(forward, lexicon);
  const vocabulary: Vocabulary = { lexicon, forms, formIndex };
  // The "did you mean" scan's terms and their letter sets, made now rather than in the first request that needs them.
  commonShapes(lexicon);
  const dates = new DateOrder(articles);
  const facets = new FacetTables(articles);
  const meta = new MetaField(articles);
  const phrases = new PhraseChecker(searchIndex, forms, formIndex);
  const matches = new Matches(searchIndex, dates.newestFirst, meta, phrases);
  const hits = new HitBuilder(store, forward);
  const rankContext = { forward, forms, meta, dateGroup: dates.dateGroup };
  // The idle-time work's next step while under way (Engine.prepare), and whether it is done.
  let preparing: ((syllables: number) => boolean) | null = null;
  let prepared = false;

  /** The corpus's most frequent written form of a folded syllable (the suggestion's spelling). */
  const commonForm = (folded: string) => {
    const f = termId(lexicon.terms, folded);
    const { formStart, formIds } = formIndex;
    return f >= 0 && formStart[f + 1]! > formStart[f]! ? forward.forms[formIds[formStart[f]!]!]! : folded;
  };

  /**
   * The steps every reading of a query runs, up to what its answer is:
   * parse and expand, match, and the facets' counts with the matches every
   * filter keeps.
   */
  function readQuery(req: SearchRequest, q: string) {
    const budget: Budget = {
      deadline: performance.now() + (req.budgetMs ?? SEARCH_BUDGET_MS),
      truncated: false,
      scanned: 0,
    };
    // Parse and expand.
    const query = analyzeQuery(q, vocabulary, budget);
    const termCount = query.parsed.terms.length;
    const accented = query.parsed.terms.filter((term) => term.accented).length;
    // Match.
    const set = matches.get(query);
    // Facets: disjunctive counts over the whole match set, and the matches every filter keeps.
    const selection = facets.select(req);
    const { kept, counts } = facets.count(set.docs, articles, selection, dateRangeTest(req.dateFrom, req.dateTo));
    const answer = answerKind(set, kept, termCount, accented);
    return { budget, query, termCount, accented, set, selection, kept, counts, answer };
  }

  /**
   * `answers(searchReading(req, q))` without the response: no ranking, hits,
   * facet lists or suggestion, which the answer does not depend on (a
   * suggestion's check, and a keyboard reading that may not be shown).
   */
  function readingAnswers(req: SearchRequest, q: string): boolean {
    const { set, kept, answer } = readQuery(req, q);
    return kept.length > 0 && !set.relaxed && !answer.approximate;
  }

  /**
   * Whether a "did you mean" phrase answers within the request's filters:
   * `readingAnswers(req, '"phrase"')`, asked of the phrase checker directly
   * when the quoted phrase is all the query is (the usual case), which stops
   * at the first article holding it and caches nothing.
   */
  function suggestionAnswers(req: SearchRequest, suggestion: string): boolean {
    const quoted = `"${suggestion}"`;
    const parsed = parseQuery(quoted);
    const { terms, phrases: quotes } = parsed;
    const plain =
      terms.length > 1 &&
      terms.length <= MAX_QUERY_TERMS &&
      parsed.excluded.length === 0 &&
      quotes.length === 1 &&
      quotes[0]!.length === terms.length &&
      terms.every((q) => !q.prefix) &&
      alternativesOf(parsed, quoted).length === 0;
    if (!plain) return readingAnswers(req, quoted);
    const matcher = new Matcher(
      parsed,
      terms.map((q) => expandTerm(lexicon, q, { typos: false })),
    );
    const keeps = facets.keeps(articles, facets.select(req), dateRangeTest(req.dateFrom, req.dateTo));
    return phrases.anyHolder(matcher, quotes[0]!, keeps);
  }

  /** The search for one reading of the request's query (the query as typed, by default). */
  function searchReading(req: SearchRequest, q = req.q): SearchResponse {
    const { budget, query, termCount, accented, set, selection, kept, counts, answer } = readQuery(req, q);
    const { parsed } = query;
    const { facets: facetValues, facetsMore } = facets.list(counts, selection, req);
    // Order and re-rank, only as far as the page.
    const from = (req.page - 1) * req.perPage;
    const want = from + req.perPage;
    const sort = termCount === 0 && req.sort === "relevance" ? "newest" : req.sort;
    const ranked: Ranked =
      sort === "relevance"
        ? rankByRelevance(set, kept, want, query.matcher, query.masks, rankContext)
        : { order: dates.order(set.docs, kept, want, sort === "newest"), scores: new Map() };
    // The page's hits: highlights mark every form that answered (the words, and an abbreviation's other forms).
    const page = ranked.order.slice(from, want).map((j) => {
      const score = ranked.scores.get(j) ?? set.score[j]!;
      const hit = hits.hit(set.docs[j]!, score, query.marker, query.markerMasks, !set.relaxed);
      hit.match = hitKind(set, j, termCount, accented);
      return hit;
    });
    // A suggestion is offered only as a phrase of the corpus that answers: its words side by side in some article.
    let suggestion = kept.length === 0 || answer.approximate ? suggestQuery(parsed, lexicon, commonForm, budget) : null;
    if (suggestion !== null && !suggestionAnswers(req, suggestion)) suggestion = null;

    return {
      query: req.q,
      total: kept.length,
      page: req.page,
      perPage: req.perPage,
      relaxed: set.relaxed,
      approximate: answer.approximate,
      match: answer.kind,
      weak: answer.weak,
      suggestion,
      reading: null,
      readAs: null,
      truncated: budget.truncated,
      hits: page,
      facets: facetValues,
      facetsMore,
    };
  }

  return {
    articles,
    prepare(syllables = Number.POSITIVE_INFINITY) {
      if (prepared) return true;
      preparing ??= phrases.preparing(curatedReadings());
      prepared = preparing(syllables);
      if (prepared) preparing = null;
      return prepared;
    },
    article(id) {
      const d = byId.get(id);
      return d === undefined ? undefined : store.article(d);
    },
    search(req) {
      const literal = searchReading(req);
      if (answers(literal)) return literal;
      // Typed with the keyboard's input method off? Read the keys as a second
      // reading, and show it only when it answers (every word found as read).
      // (Asked first whether it answers: most keyboard readings do not, and
      // their ranking, hits and suggestion would be thrown away.)
      const keys = readKeystrokes(req.q);
      if (!keys || !readingAnswers(req, keys.text)) return literal;
      const read = searchReading(req, keys.text);
      if (!answers(read)) return literal;
      return { ...read, query: req.q, reading: keys.scheme, readAs: keys.text };
    },
  };
}

/** True when a response answers its query: results holding every word as typed. */
function answers(r: SearchResponse): boolean {
  return r.total > 0 && !r.relaxed && !r.approximate;
}
