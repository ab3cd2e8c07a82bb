import MiniSearch, { type Options } from "minisearch";
import type { Article } from "../ingest";
import { foldedTerms } from "../text";
import { buildLexicon, type DocFields, type Lexicon } from "./lexicon";

/** What the index stores per article: its position in the article list. */
export interface IndexedDoc extends DocFields {
  i: number;
}

/**
 * MiniSearch options shared by the build and the server. Text is tokenized by
 * the one Vietnamese tokenizer (lib/text) on both sides: index terms and query
 * terms are folded syllables, indexed once. Everything diacritic-aware is
 * decided by the engine on top (lexicon + re-ranking).
 */
export const INDEX_OPTIONS: Options<IndexedDoc> = {
  idField: "i",
  fields: ["title", "lead", "body"],
  storeFields: [],
  tokenize: (text) => foldedTerms(text),
  processTerm: (term) => term,
};

export function indexedFields(a: Article): DocFields {
  return { title: a.title, lead: a.lead, body: a.body.join("\n") };
}

export function buildIndex(articles: Article[]): MiniSearch<IndexedDoc> {
  const index = new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
  index.addAll(articles.map((a, i) => ({ i, ...indexedFields(a) })));
  return index;
}

export function buildArticleLexicon(articles: Article[]): Lexicon {
  return buildLexicon(articles.map(indexedFields));
}

export function loadIndex(json: string): MiniSearch<IndexedDoc> {
  return MiniSearch.loadJSON<IndexedDoc>(json, INDEX_OPTIONS);
}
