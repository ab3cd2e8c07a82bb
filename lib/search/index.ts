// What the rest of the app uses of lib/search: the engine and its index
// (built by npm run index, loaded by lib/artifact), the article page's
// highlighting, the query parser (lib/url's prefix rule), and the types of
// the search contract (lib/api, components).
export { createEngine, type Engine } from "./engine";
export { buildIndex, buildIndexParts, loadIndex, type SearchIndex } from "./index/build";
// The index's parts, for their file formats (lib/artifact/formats).
export { assembleForward, type ForwardIndex, SEPARATOR } from "./index/forward";
export type { Lexicon } from "./index/lexicon";
export { parseQuery } from "./query/parse";
export { storyText } from "./results/doc-tokens";
export { highlightQuery, highlightRanges } from "./results/highlight";
export type { ArticleMeta, ArticleStore, StorySlice } from "./results/store";
export type { AnswerKind, FacetValue, Range, SearchHit, SearchRequest, SearchResponse, SortOrder } from "./types";
