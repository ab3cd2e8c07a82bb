import type { EvidenceField } from "../ingest";

/** [start, end) offsets of a highlighted span, in UTF-16 code units. */
export type Range = [number, number];

export type SortOrder = "relevance" | "newest" | "oldest";

/**
 * Filters: an article matches a facet when it has any of the selected values
 * (values of different facets must all match). `null` selects the facet's
 * "Không rõ" bucket: articles with no organizer, no year or no province.
 */
export interface SearchRequest {
  q: string;
  organizers: (string | null)[];
  years: (number | null)[];
  provinces: (string | null)[];
  sort: SortOrder;
  /** 1-based. */
  page: number;
  perPage: number;
}

export interface SearchHit {
  id: string;
  title: string;
  titleHighlights: Range[];
  date: string | null;
  year: number | null;
  organizers: string[];
  /** Canonical province name, or null when unknown. */
  province: string | null;
  /** Fields whose value the extractor inferred rather than read ("year", "organizers"…). */
  inferred: EvidenceField[];
  snippet: string;
  snippetHighlights: Range[];
  url: string;
  score: number;
}

/** One facet option; `value: null` is the "Không rõ" bucket (articles with no value). */
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
  hits: SearchHit[];
  /**
   * Disjunctive counts: each facet counts with every filter but its own. The
   * "Không rõ" bucket (value null) comes last, when it has articles or is selected.
   */
  facets: {
    organizer: FacetValue<string | null>[];
    year: FacetValue<number | null>[];
    province: FacetValue<string | null>[];
  };
}
