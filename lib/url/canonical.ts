import { readSearchState, searchQueryString } from "./search-params";

/** Query parameters as Next.js hands them to a page (values decoded). */
export type PageParams = Record<string, string | string[] | undefined>;

/** The parameters as "key=value" pairs, in the order the record holds them. */
function pairs(params: PageParams): string[] {
  return Object.entries(params).flatMap(([k, v]) =>
    (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((x) => `${k}=${x}`),
  );
}

/**
 * One search, one address: where the search page must redirect a request so
 * that its URL is the canonical one (invalid, repeated, default or reordered
 * parameters dropped or put in order: `/?year=2022&q=dan` → `/?q=dan&year=2022`),
 * or null when it is there already. A query cut to its first
 * MAX_QUERY_LENGTH characters stays as sent, so the page can say it was cut.
 */
export function canonicalRedirect(params: PageParams): string | null {
  const state = readSearchState(params);
  if (state.truncated) return null;
  const qs = searchQueryString(state);
  const canonical = [...new URLSearchParams(qs)].map(([k, v]) => `${k}=${v}`);
  return pairs(params).join("&") === canonical.join("&") ? null : `/${qs}`;
}
