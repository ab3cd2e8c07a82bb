import type { EvidenceField } from "../ingest";
import type { KeystrokeScheme } from "../text";

/** [start, end) offsets of a highlighted span, in UTF-16 code units. */
export type Range = [number, number];

export type SortOrder = "relevance" | "newest" | "oldest";

/**
 * What the results are, best first: "exact" every word as typed; "folded"
 * every word, but only after dropping accents the user typed; "typo" only
 * through typo corrections; "partial" some words only (relaxed); "none" no
 * result.
 */
export type AnswerKind = "exact" | "folded" | "typo" | "partial" | "none";

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
  /** Event dates from and to, "YYYY-MM-DD", inclusive; null or absent: open (lib/search/query/date-range). */
  dateFrom?: string | null;
  dateTo?: string | null;
  sort: SortOrder;
  /** 1-based. */
  page: number;
  perPage: number;
  /** Milliseconds of typo work allowed (default SEARCH_BUDGET_MS, lib/limits.ts). */
  budgetMs?: number;
  /**
   * Search within a facet's values: only values whose name holds this text
   * (diacritics and case aside, lib/text fold) are listed and counted in
   * `facetsMore`; selected values are listed whatever it says. Filters nothing.
   */
  facetQuery?: { organizer?: string; province?: string };
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
  /** True when the query's words are found only in the organizers or province, not in the title or text. */
  metadataOnly: boolean;
  /** How this article matches (the response's `match` is the best of them): lists set near matches apart. */
  match: AnswerKind;
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
  /** Which kind of match the results are (see AnswerKind); relaxed ⇔ "partial", approximate ⇔ not "exact". */
  match: AnswerKind;
  /**
   * True when the near matches (match "folded", "typo" or "partial") are
   * noise rather than answers: accents typed and found nowhere, two or more
   * words found only through typo corrections, or fewer than half the words
   * found as typed. The page then shows none of them.
   */
  weak: boolean;
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
  /**
   * Disjunctive counts: each facet counts with every filter but its own. The
   * "Không rõ" bucket (value null) comes last, when it has articles or is selected.
   */
  facets: {
    organizer: FacetValue<string | null>[];
    year: FacetValue<number | null>[];
    province: FacetValue<string | null>[];
  };
  /**
   * Per facet, how many values with articles are not listed: each facet lists
   * its MAX_FACET_VALUES most frequent values (lib/limits.ts), every selected
   * value and the "Không rõ" bucket. With `facetQuery`, of the values it matches.
   */
  facetsMore: { organizer: number; year: number; province: number };
}
