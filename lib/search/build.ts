import MiniSearch, { type Options } from "minisearch";
import type { Article } from "../ingest";
import { foldedTerms } from "../text";

/** What the index stores per article: its position in the article list. */
export interface IndexedDoc {
  i: number;
  title: string;
  lead: string;
  body: string;
}

/**
 * MiniSearch options shared by the build and the server. Text is tokenized by
 * the one Vietnamese tokenizer (lib/text) on both sides: index terms and query
 * terms are folded syllables.
 */
export const INDEX_OPTIONS: Options<IndexedDoc> = {
  idField: "i",
  fields: ["title", "lead", "body"],
  storeFields: [],
  tokenize: (text) => foldedTerms(text),
  processTerm: (term) => term,
};

export function buildIndex(articles: Article[]): MiniSearch<IndexedDoc> {
  const index = new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
  index.addAll(
    articles.map((a, i) => ({ i, title: a.title, lead: a.lead, body: a.body.join("\n") })),
  );
  return index;
}

export function loadIndex(json: string): MiniSearch<IndexedDoc> {
  return MiniSearch.loadJSON<IndexedDoc>(json, INDEX_OPTIONS);
}
