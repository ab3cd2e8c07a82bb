import type MiniSearch from "minisearch";
import type { Query } from "minisearch";
import type { Article } from "../ingest";
import { highlightRanges, makeSnippet } from "./highlight";
import { type ParsedQuery, parseQuery, termMatches } from "./query";
import type { FacetValue, SearchHit, SearchRequest, SearchResponse } from "./types";
import type { IndexedDoc } from "./build";
import { foldedTerms } from "../text";

// Title words matter most, then the lead, then the rest of the story.
const BOOST = { title: 3, lead: 2, body: 1 };

export const articleUrl = (id: string) => `/bai/${encodeURIComponent(id)}`;

export interface Engine {
  articles: readonly Article[];
  article(id: string): Article | undefined;
  search(req: SearchRequest): SearchResponse;
}

export function createEngine(articles: Article[], index: MiniSearch<IndexedDoc>): Engine {
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Empty queries list every article, newest first: precompute that order once.
  const newestFirst = articles.map((_, i) => i).sort((a, b) => compareDate(articles[b]!, articles[a]!) || a - b);

  function match(parsed: ParsedQuery): { scores: Map<number, number>; relaxed: boolean } {
    if (parsed.terms.length === 0) {
      return { scores: new Map(newestFirst.map((i) => [i, 0])), relaxed: false };
    }
    const run = (combineWith: "AND" | "OR") => {
      const query: Query = {
        combineWith,
        queries: parsed.terms.map((t) => ({ queries: [t.folded], prefix: t.prefix })),
      };
      return index.search(query, { boost: BOOST });
    };
    let results = run("AND");
    let relaxed = false;
    if (results.length === 0 && parsed.terms.length > 1) {
      results = run("OR");
      relaxed = results.length > 0;
    }
    const scores = new Map<number, number>();
    for (const r of results) scores.set(r.id as number, r.score);
    if (parsed.excluded.length > 0) {
      for (const i of scores.keys()) {
        const a = articles[i]!;
        const terms = foldedTerms([a.title, a.lead, ...a.body].join("\n"));
        if (parsed.excluded.some((x) => terms.some((t) => termMatches(x, t)))) scores.delete(i);
      }
    }
    return { scores, relaxed };
  }

  return {
    articles,
    article: (id) => byId.get(id),
    search(req) {
      const parsed = parseQuery(req.q);
      const { scores, relaxed } = match(parsed);
      const orgSet = new Set(req.organizers);
      const yearSet = new Set(req.years);
      const orgOk = (a: Article) => orgSet.size === 0 || a.organizers.some((o) => orgSet.has(o));
      const yearOk = (a: Article) => yearSet.size === 0 || (a.year !== null && yearSet.has(a.year));

      // Disjunctive facets: each facet counts with every filter but its own.
      const orgCounts = new Map<string, number>();
      const yearCounts = new Map<number, number>();
      const kept: number[] = [];
      for (const i of scores.keys()) {
        const a = articles[i]!;
        const o = orgOk(a);
        const y = yearOk(a);
        if (y) for (const name of new Set(a.organizers)) orgCounts.set(name, (orgCounts.get(name) ?? 0) + 1);
        if (o && a.year !== null) yearCounts.set(a.year, (yearCounts.get(a.year) ?? 0) + 1);
        if (o && y) kept.push(i);
      }
      // Selected values stay visible even when nothing matches them now.
      for (const name of orgSet) if (!orgCounts.has(name)) orgCounts.set(name, 0);
      for (const year of yearSet) if (!yearCounts.has(year)) yearCounts.set(year, 0);

      const sort = parsed.terms.length === 0 && req.sort === "relevance" ? "newest" : req.sort;
      kept.sort((x, y) => {
        const ax = articles[x]!;
        const ay = articles[y]!;
        if (sort === "relevance") return scores.get(y)! - scores.get(x)! || compareDate(ay, ax) || x - y;
        if (sort === "newest") return compareDate(ay, ax) || x - y;
        return compareDate(ax, ay) || x - y;
      });

      const from = (req.page - 1) * req.perPage;
      const hits: SearchHit[] = kept.slice(from, from + req.perPage).map((i) => {
        const a = articles[i]!;
        const snippet = makeSnippet([a.lead, ...a.body].join("\n"), parsed.terms);
        return {
          id: a.id,
          title: a.title,
          titleHighlights: highlightRanges(a.title, parsed.terms),
          date: a.date,
          year: a.year,
          organizers: a.organizers,
          snippet: snippet.text,
          snippetHighlights: snippet.highlights,
          url: articleUrl(a.id),
          score: Math.round((scores.get(i) ?? 0) * 1000) / 1000,
        };
      });

      return {
        query: req.q,
        total: kept.length,
        page: req.page,
        perPage: req.perPage,
        relaxed,
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
