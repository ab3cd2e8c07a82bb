import type { Article } from "../ingest";

/** What search and result lists need of an article: everything but its text. */
export type ArticleMeta = Pick<Article, "id" | "file" | "title" | "date" | "year" | "organizers" | "author" | "source">;

/**
 * The articles an engine answers from: metadata for every article at hand,
 * the full record (lead, body, captions, warnings) on demand, so that a
 * loaded artifact need not parse every article's text at start-up.
 */
export interface ArticleStore {
  readonly meta: readonly ArticleMeta[];
  /** The full record of article d (0 ≤ d < meta.length). */
  article(d: number): Article;
}

export function memoryStore(articles: readonly Article[]): ArticleStore {
  return { meta: articles, article: (d) => articles[d]! };
}

export function isStore(x: readonly Article[] | ArticleStore): x is ArticleStore {
  return !Array.isArray(x);
}
