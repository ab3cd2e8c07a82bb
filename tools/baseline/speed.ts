import MiniSearch, { type Options, type SearchResult } from "minisearch";
import type { Article } from "../../lib/ingest";
import { fold } from "../../lib/text";
import type { BenchQuery } from "../bench/queries";

/**
 * The benchmark's baseline: plain MiniSearch over one folded field (title,
 * lead and body folded by lib/text's `fold`, split by MiniSearch's own
 * tokenizer on spaces and punctuation), every query term a prefix and fuzzy
 * at 0.2, facets through `filter` on stored fields. It is what "just use a
 * search library" gives, and what the engine is measured against.
 */

interface BaselineDoc {
  id: number;
  text: string;
  organizers: string[];
  year: number | null;
}

const BASELINE_OPTIONS: Options<BaselineDoc> = {
  fields: ["text"],
  storeFields: ["organizers", "year"],
  searchOptions: { prefix: true, fuzzy: 0.2 },
};

function baselineText(a: Article): string {
  return fold([a.title, a.lead, ...a.body].join("\n"));
}

export function buildBaseline(articles: readonly Article[]): MiniSearch<BaselineDoc> {
  const index = new MiniSearch<BaselineDoc>(BASELINE_OPTIONS);
  articles.forEach((a, id) => {
    index.add({ id, text: baselineText(a), organizers: a.organizers, year: a.year });
  });
  return index;
}

export function loadBaseline(json: string): MiniSearch<BaselineDoc> {
  return MiniSearch.loadJSON<BaselineDoc>(json, BASELINE_OPTIONS);
}

const BASELINE_PER_PAGE = 20;

/** One query as the baseline answers it: the hit count and the first page of article positions. */
export function baselineSearch(index: MiniSearch<BaselineDoc>, q: BenchQuery): { total: number; page: number[] } {
  const orgs = new Set(q.organizers);
  const years = new Set(q.years);
  const filter =
    orgs.size === 0 && years.size === 0
      ? undefined
      : (r: SearchResult) =>
          (orgs.size === 0 || (r.organizers as string[]).some((o) => orgs.has(o))) &&
          (years.size === 0 || years.has(r.year as number));
  const text = fold(q.q).trim();
  const results = text ? index.search(text, { filter }) : index.search(MiniSearch.wildcard, { filter });
  return { total: results.length, page: results.slice(0, BASELINE_PER_PAGE).map((r) => r.id as number) };
}
