export { articleUrl, BOOST, createEngine, type Engine, RERANK_DEPTH } from "./engine/index";
export {
  buildArticleLexicon,
  buildIndex,
  buildIndexFiles,
  indexedFields,
  loadIndex,
  type SearchIndex,
} from "./index/build";
export type { ForwardIndex, ForwardJSON } from "./index/forward";
export {
  buildLexicon,
  exactDocs,
  type Lexicon,
  type LexiconJSON,
  lexiconFromJSON,
  lexiconToJSON,
} from "./index/lexicon";
export { editDistance, nearestTerm, suggestQuery } from "./query/did-you-mean";
export { type Expansion, expandTerm, type MatchKind, PREFIX_LIMIT, typoNeighbours } from "./query/expand";
export { Matcher } from "./query/matcher";
export {
  exactMatches,
  MIN_PREFIX_LENGTH,
  type ParsedQuery,
  parseQuery,
  type QueryTerm,
  termMatches,
} from "./query/parse";
export { DocTokenCache, type DocTokens, storyText, tokenizeArticle } from "./results/doc-tokens";
export { highlightQuery, highlightRanges, makeSnippet, rangesOf, type Snippet } from "./results/highlight";
export { type ArticleMeta, type ArticleStore, memoryStore } from "./results/store";
export type { AnswerKind, FacetValue, Range, SearchHit, SearchRequest, SearchResponse, SortOrder } from "./types";
