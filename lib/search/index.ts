export { buildIndex, INDEX_OPTIONS, type IndexedDoc, loadIndex } from "./build";
export { articleUrl, createEngine, type Engine } from "./engine";
export { highlightRanges, makeSnippet, type Snippet } from "./highlight";
export { type ParsedQuery, parseQuery, type QueryTerm, termMatches } from "./query";
export type { FacetValue, Range, SearchHit, SearchRequest, SearchResponse, SortOrder } from "./types";
