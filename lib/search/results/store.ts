import { type Article, type EvidenceField, inferredFields } from "../../ingest";

/** What search and result lists need of an article: everything but its text. */
export type ArticleMeta = Pick<
  Article,
  "id" | "file" | "title" | "date" | "year" | "organizers" | "province" | "author" | "source" | "url"
> & {
  /** Fields whose values the extractor inferred rather than read (shown as such). */
  inferred?: EvidenceField[];
};

/**
 * Part of an article's story (lead and paragraphs joined by "\n"): the text
 * from syllable `first` (the story's start when first is 0) to just before
 * syllable `end` (the story's end when end is `count`).
 */
export interface StorySlice {
  text: string;
  first: number;
  end: number;
  /** Syllables in the whole story. */
  count: number;
}

/**
 * The articles an engine answers from: metadata for every article at hand,
 * the full record (lead, body, captions, warnings) on demand, so that a
 * loaded artifact need not parse every article's text at start-up.
 */
export interface ArticleStore {
  readonly meta: readonly ArticleMeta[];
  /** The full record of article d (0 ≤ d < meta.length). */
  article(d: number): Article;
  /**
   * The part of article d's story that holds syllables [from, to), read
   * without decoding the rest; null when the store cannot cut the story (the
   * engine then reads the whole article). Optional: an in-memory store has
   * the whole text at hand anyway.
   */
  storySlice?(d: number, from: number, to: number): StorySlice | null;
}

export function memoryStore(articles: readonly Article[]): ArticleStore {
  return { meta: articles.map((a) => ({ ...a, inferred: inferredFields(a) })), article: (d) => articles[d]! };
}

export function isStore(x: readonly Article[] | ArticleStore): x is ArticleStore {
  return !Array.isArray(x);
}
