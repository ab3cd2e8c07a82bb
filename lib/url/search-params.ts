import {
  createLoader,
  createParser,
  createSerializer,
  type inferParserType,
  parseAsNativeArrayOf,
  parseAsStringLiteral,
} from "nuqs/server";
import type { SearchRequest, SortOrder } from "../search";

/**
 * The URL is the whole state of a search. These parsers are shared by the
 * server (page render, /api/search) and the browser (nuqs hooks), so a link
 * means the same thing everywhere. Invalid values are dropped, not errors.
 */

/** Longer queries are cut; the UI says so. */
export const MAX_QUERY_LENGTH = 200;

/**
 * A query that is one letter so far ("t", "đ"): the engine completes a word
 * from two letters when it is the only one (lib/search/query/parse, MIN_PREFIX_LENGTH),
 * so this is usually no search yet, and the page says "type more" rather than
 * "nothing found". Kept here, apart from the tokenizer, for the browser bundle.
 */
export function isLoneLetter(q: string): boolean {
  return /^\p{L}\p{M}*$/u.test(q.trim());
}
export const MAX_FILTER_VALUES = 20;
export const MAX_PAGE = 500;
export const PER_PAGE = 20;
export const SORTS = ["relevance", "newest", "oldest"] as const satisfies readonly SortOrder[];

const parseAsQuery = createParser({
  parse: (v: string) => v,
  serialize: (v: string) => v,
}).withDefault("");

export const MAX_ORGANIZER_LENGTH = 200;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/**
 * The reserved value that selects a facet's "Không rõ" bucket (articles with
 * no organizer, year or province): `organizer=-`, `year=-`, `province=-`.
 * It cannot collide with a real value: names must hold a letter or digit
 * (parseOrganizer) and years are four digits.
 */
export const UNKNOWN = "-";
export type Unknown = typeof UNKNOWN;

// Value parsers: null means "not a valid value". Shared by the lenient URL
// parsers below (pages drop invalid values) and the strict API validator.
/** An organizer or province name, or UNKNOWN. */
export function parseOrganizer(v: string): string | null {
  const s = v.trim();
  if (s === UNKNOWN) return UNKNOWN;
  return s.length > 0 && s.length <= MAX_ORGANIZER_LENGTH && /[\p{L}\p{N}]/u.test(s) ? s : null;
}
export const parseProvince = parseOrganizer;

export function parseYear(v: string): number | Unknown | null {
  if (v === UNKNOWN) return UNKNOWN;
  if (!/^\d{4}$/.test(v)) return null;
  const y = Number(v);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** A calendar date "YYYY-MM-DD" (what a native date input sends) from MIN_YEAR to MAX_YEAR. */
export function parseDate(v: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days ? m[0] : null;
}

/** Positive integers; anything past the last allowed page reads as that page. */
export function parsePage(v: string): number | null {
  if (!/^\d+$/.test(v)) return null;
  const n = v.length > 6 ? MAX_PAGE : Number(v);
  return n >= 1 ? Math.min(n, MAX_PAGE) : null;
}

const parseAsOrganizer = createParser({ parse: parseOrganizer, serialize: (v: string) => v });
const parseAsYear = createParser({ parse: parseYear, serialize: (v: number | Unknown) => String(v) });
const parseAsDate = createParser({ parse: parseDate, serialize: (v: string) => v });
const parseAsPage = createParser({ parse: parsePage, serialize: (v: number) => String(v) }).withDefault(1);

export const searchParamParsers = {
  q: parseAsQuery,
  organizer: parseAsNativeArrayOf(parseAsOrganizer),
  year: parseAsNativeArrayOf(parseAsYear),
  province: parseAsNativeArrayOf(parseAsOrganizer),
  /** Event date range ("Từ ngày – Đến ngày"), inclusive. */
  from: parseAsDate,
  to: parseAsDate,
  sort: parseAsStringLiteral(SORTS).withDefault("relevance"),
  page: parseAsPage,
};

export type SearchState = inferParserType<typeof searchParamParsers>;

// Made on first use: only the server reads raw parameters (the browser's state
// comes from nuqs's hook), so the loader's code can stay out of the browser bundle.
let load: ReturnType<typeof createLoader<typeof searchParamParsers>> | null = null;
const serialize = createSerializer(searchParamParsers);

/** Names in Vietnamese order, the "Không rõ" bucket last. */
const byName = (a: string, b: string) =>
  a === UNKNOWN ? (b === UNKNOWN ? 0 : 1) : b === UNKNOWN ? -1 : a.localeCompare(b, "vi");
/** Newest year first, the "Không rõ" bucket last. */
const byYear = (a: number | Unknown, b: number | Unknown) =>
  (b === UNKNOWN ? -Infinity : b) - (a === UNKNOWN ? -Infinity : a) || 0;

/** Canonical state: trimmed, capped, deduplicated, filters in a fixed order. */
export function canonicalState(s: SearchState): SearchState & { truncated: boolean } {
  const q = s.q.replace(/\s+/g, " ").trimStart();
  const truncated = q.length > MAX_QUERY_LENGTH;
  // A range given backwards means the same days.
  let from = s.from ?? null;
  let to = s.to ?? null;
  if (from && to && from > to) [from, to] = [to, from];
  return {
    q: truncated ? q.slice(0, MAX_QUERY_LENGTH) : q,
    organizer: [...new Set(s.organizer)].slice(0, MAX_FILTER_VALUES).sort(byName),
    year: [...new Set(s.year)].slice(0, MAX_FILTER_VALUES).sort(byYear),
    province: [...new Set(s.province)].slice(0, MAX_FILTER_VALUES).sort(byName),
    from,
    to,
    sort: s.sort,
    page: s.page,
    truncated,
  };
}

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** Reads search state from URL parameters (a URLSearchParams or Next's searchParams). */
export function readSearchState(params: RawParams): SearchState & { truncated: boolean } {
  load ??= createLoader(searchParamParsers);
  return canonicalState(load(params));
}

/**
 * The canonical query string ("?q=d%C3%A2n&year=2022"), or "" for the default
 * state. Fully percent-encoded, so it is safe in a Location header, a meta tag
 * or a message someone pastes.
 */
export function searchQueryString(s: Partial<SearchState>): string {
  const c = canonicalState({
    q: "",
    organizer: [],
    year: [],
    province: [],
    from: null,
    to: null,
    sort: "relevance",
    page: 1,
    ...s,
  });
  const encoded = new URLSearchParams(serialize({ ...c, q: c.q.trim() })).toString();
  return encoded ? `?${encoded}` : "";
}

const known = <T>(v: T | Unknown): T | null => (v === UNKNOWN ? null : (v as T));

/** The engine's request: UNKNOWN becomes null, the "Không rõ" bucket. */
export function toSearchRequest(s: SearchState): SearchRequest {
  return {
    q: s.q,
    organizers: s.organizer.map(known<string>),
    years: s.year.map(known<number>),
    provinces: s.province.map(known<string>),
    dateFrom: s.from ?? null,
    dateTo: s.to ?? null,
    sort: s.sort,
    page: s.page,
    perPage: PER_PAGE,
  };
}

/** A facet value as it appears in the URL: null (the "Không rõ" bucket) is UNKNOWN. */
export function urlValue<T extends string | number>(v: T | null): T | Unknown {
  return v === null ? UNKNOWN : v;
}
