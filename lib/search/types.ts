import type { KeystrokeScheme } from "../text";

/** [start, end) offsets of a highlighted span, in UTF-16 code units. */
export type Range = [number, number];

export type SortOrder = "relevance" | "newest" | "oldest";

export interface SearchRequest {
  q: string;
  organizers: string[];
  years: number[];
  sort: SortOrder;
  /** 1-based. */
  page: number;
  perPage: number;
  /** Milliseconds of typo work allowed (default SEARCH_BUDGET_MS, lib/limits.ts). */
  budgetMs?: number;
}

export interface SearchHit {
  id: string;
  title: string;
  titleHighlights: Range[];
  date: string | null;
  year: number | null;
  organizers: string[];
  snippet: string;
  snippetHighlights: Range[];
  url: string;
  score: number;
}

export interface FacetValue<T> {
  value: T;
  count: number;
}

export interface SearchResponse {
  query: string;
  total: number;
  page: number;
  perPage: number;
  /** True when no article held every term and the results hold any of them. */
  relaxed: boolean;
  /**
   * True when no result holds every word as typed: the best ones match only
   * after folding away diacritics the user typed, or through a typo
   * correction ("bóng đá" finding only "bông" and "đã"). Always true with relaxed.
   */
  approximate: boolean;
  /**
   * When nothing (or only approximate results) matched: the query rewritten in
   * the corpus's own words ("dan vna kheo" → "dân vận khéo"); otherwise null.
   */
  suggestion: string | null;
  /**
   * Set when the query was typed as raw Telex or VNI keystrokes ("daan vaanj",
   * "da6n va6n") and these results are for what the keys spell: the literal
   * reading found nothing, or only relaxed or approximate matches, and the
   * keystroke reading finds every word as read. Null for the query as typed.
   */
  reading: KeystrokeScheme | null;
  /** With `reading`: the query the results are for ("dân vận"); otherwise null. */
  readAs: string | null;
  hits: SearchHit[];
  /**
   * True when the request ran out of its time budget for typo work
   * (SEARCH_BUDGET_MS) and returned what it had: the suggestion may be missing.
   */
  truncated: boolean;
  facets: { organizer: FacetValue<string>[]; year: FacetValue<number>[] };
}
