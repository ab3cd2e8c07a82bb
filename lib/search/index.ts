export { buildArticleLexicon, buildIndex, buildIndexFiles, indexedFields, loadIndex, type SearchIndex } from "./build";
export { DocTokenCache, type DocTokens, storyText, tokenizeArticle } from "./doc-tokens";
export { articleUrl, BOOST, createEngine, type Engine, RERANK_DEPTH } from "./engine";
export { type Expansion, expandTerm, type MatchKind, PREFIX_LIMIT, typoNeighbours } from "./expand";
export type { ForwardIndex, ForwardJSON } from "./forward";
export { highlightQuery, highlightRanges, makeSnippet, rangesOf, type Snippet } from "./highlight";
export {
  buildLexicon,
  exactDocs,
  type Lexicon,
  type LexiconJSON,
  lexiconFromJSON,
  lexiconToJSON,
} from "./lexicon";
export { Matcher } from "./matcher";
export { exactMatches, MIN_PREFIX_LENGTH, type ParsedQuery, parseQuery, type QueryTerm, termMatches } from "./query";
export { type ArticleMeta, type ArticleStore, memoryStore } from "./store";
export { editDistance, nearestTerm, suggestQuery } from "./suggest";
export type { AnswerKind, FacetValue, Range, SearchHit, SearchRequest, SearchResponse, SortOrder } from "./types";
