export { canonicalRedirect, type PageParams } from "./canonical";
export {
  canonicalState,
  isLoneLetter,
  MAX_FILTER_VALUES,
  MAX_ORGANIZER_LENGTH,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  PER_PAGE,
  parseDate,
  readSearchState,
  type SearchState,
  SORTS,
  searchParamParsers,
  searchQueryString,
  toSearchRequest,
  UNKNOWN,
  type Unknown,
  urlValue,
} from "./search-params";
export { type Validation, validateSearchParams } from "./validate";
