import MiniSearch from "minisearch";
import type { Article } from "../../lib/ingest";

/**
 * The baseline: MiniSearch with its default options (default tokenizer, OR
 * of terms, no prefix, no fuzzy) plus the simple folding every library can be
 * told to do: lower case, strip combining marks, đ → d. Deliberately written
 * here rather than with lib/text: it is what we compare lib/text against.
 */
export function simpleFold(term: string): string {
  return term.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
}

export interface Ranker {
  /** Article ids, best first, and whether the engine claims every term matched. */
  rank(q: string): { ids: string[]; claimsMatch: boolean };
}

export function baselineRanker(articles: readonly Article[]): Ranker {
  const index = new MiniSearch<{ id: string; title: string; lead: string; body: string }>({
    fields: ["title", "lead", "body"],
    processTerm: (term) => simpleFold(term),
  });
  index.addAll(articles.map((a) => ({ id: a.id, title: a.title, lead: a.lead, body: a.body.join("\n") })));
  return {
    rank(q) {
      const ids = index.search(q).map((r) => r.id as string);
      return { ids, claimsMatch: ids.length > 0 };
    },
  };
}
