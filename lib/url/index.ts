export {
  canonicalState,
  MAX_FILTER_VALUES,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  PER_PAGE,
  readSearchState,
  SORTS,
  type SearchState,
  searchParamParsers,
  searchQueryString,
  toSearchRequest,
} from "./search-params";
