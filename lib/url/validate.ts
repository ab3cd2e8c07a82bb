import { MAX_FACET_QUERY_CHARS } from "../limits";
import {
  MAX_FILTER_VALUES,
  MAX_ORGANIZER_LENGTH,
  MAX_PAGE,
  MAX_YEAR,
  MIN_YEAR,
  parseDate,
  parseOrganizer,
  parsePage,
  parseProvince,
  parseYear,
  readSearchState,
  type SearchState,
  SORTS,
  UNKNOWN,
} from "./search-params";

/** Searches within facet values (API only: `organizerQuery`, `provinceQuery`); see SearchRequest.facetQuery. */
export interface FacetQuery {
  organizer?: string;
  province?: string;
}

export type Validation =
  | { ok: true; state: SearchState & { truncated: boolean }; facetQuery: FacetQuery }
  | { ok: false; errors: string[] };

const SINGLE = ["q", "sort", "page", "from", "to", "organizerQuery", "provinceQuery"] as const;
const FACET_QUERIES = [
  ["organizerQuery", "organizer"],
  ["provinceQuery", "province"],
] as const;

/**
 * Strict reading for machines (/api/search, the CLI): a value the page would
 * quietly drop is an error here, named so the caller can fix the request.
 * Unknown parameters are ignored; an over-long q is cut and flagged, as on the page.
 */
export function validateSearchParams(params: URLSearchParams): Validation {
  const errors: string[] = [];
  for (const key of SINGLE) if (params.getAll(key).length > 1) errors.push(`"${key}" may be given only once`);

  const sort = params.get("sort");
  if (sort !== null && !(SORTS as readonly string[]).includes(sort))
    errors.push(`"sort" must be one of ${SORTS.join(", ")} (got ${JSON.stringify(sort.slice(0, 40))})`);

  const page = params.get("page");
  if (page !== null && (parsePage(page) === null || !/^\d{1,6}$/.test(page) || Number(page) > MAX_PAGE))
    errors.push(`"page" must be a whole number from 1 to ${MAX_PAGE} (got ${JSON.stringify(page.slice(0, 40))})`);

  const years = params.getAll("year");
  for (const y of years)
    if (parseYear(y) === null)
      errors.push(
        `"year" must be a four-digit year from ${MIN_YEAR} to ${MAX_YEAR}, or "${UNKNOWN}" for no year (got ${JSON.stringify(y.slice(0, 40))})`,
      );

  const organizers = params.getAll("organizer");
  for (const o of organizers)
    if (parseOrganizer(o) === null)
      errors.push(
        `"organizer" must be a name (with a letter or digit) of at most ${MAX_ORGANIZER_LENGTH} characters, or "${UNKNOWN}" for no organizer`,
      );

  const provinces = params.getAll("province");
  for (const p of provinces)
    if (parseProvince(p) === null)
      errors.push(
        `"province" must be a name (with a letter or digit) of at most ${MAX_ORGANIZER_LENGTH} characters, or "${UNKNOWN}" for no province`,
      );

  const dates: Record<"from" | "to", string | null> = { from: null, to: null };
  for (const key of ["from", "to"] as const) {
    const v = params.get(key);
    if (v === null) continue;
    dates[key] = parseDate(v);
    if (dates[key] === null)
      errors.push(
        `"${key}" must be a date YYYY-MM-DD from ${MIN_YEAR} to ${MAX_YEAR} (got ${JSON.stringify(v.slice(0, 40))})`,
      );
  }
  if (dates.from && dates.to && dates.from > dates.to) errors.push(`"from" must not be after "to"`);

  if (years.length > MAX_FILTER_VALUES || organizers.length > MAX_FILTER_VALUES || provinces.length > MAX_FILTER_VALUES)
    errors.push(`at most ${MAX_FILTER_VALUES} values per filter`);

  const facetQuery: FacetQuery = {};
  for (const [key, facet] of FACET_QUERIES) {
    const v = params.get(key);
    if (v === null) continue;
    if (v.length > MAX_FACET_QUERY_CHARS || /[\p{Cc}]/u.test(v))
      errors.push(`"${key}" must be a text of at most ${MAX_FACET_QUERY_CHARS} characters, without control characters`);
    else if (v.trim()) facetQuery[facet] = v.trim();
  }

  if (errors.length > 0) return { ok: false, errors: [...new Set(errors)].slice(0, 10) };
  return { ok: true, state: readSearchState(params), facetQuery };
}
