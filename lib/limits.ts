/**
 * Every bound on the work one input can cause, in one place. Article files,
 * sidecars and requests are untrusted (SECURITY.md): each number below caps
 * what one of them can cost in time, memory or response size, and each has a
 * test that builds the hostile case (listed in SECURITY.md).
 *
 * Real articles are far below every bound: the longest of the evaluation
 * corpus has 60 paragraphs and 15,000 characters; titles run to 200.
 */

/** An article file larger than this is skipped unread (checked with fstat before reading). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A sidecar larger than this is refused unread, skipping its article. */
export const MAX_SIDECAR_BYTES = 256 * 1024;

/**
 * Fewer letters than this in the whole file and it is not an article ("A1",
 * a stray "ok"): skipped as too short. A one-line news item still has 60+.
 */
export const MIN_ARTICLE_LETTERS = 20;

/** Paragraphs (lead included) kept per article; the rest is cut with a note. */
export const MAX_PARAGRAPHS = 400;

/** Characters kept per paragraph; a longer one (a text with no line breaks) is cut. */
export const MAX_PARAGRAPH_CHARS = 20_000;

/** Characters kept per article (lead, body and captions together). */
export const MAX_ARTICLE_CHARS = 200_000;

/** Photo captions kept per article. */
export const MAX_CAPTIONS = 100;

/** Characters of a title, an author or a source; longer ones are cut with "…". */
export const MAX_TITLE_CHARS = 300;
export const MAX_FIELD_CHARS = 200;

/** Organizers per article. */
export const MAX_ORGANIZERS = 20;

/** Characters of one search hit's snippet (a 30-syllable window, unless one "syllable" is huge). */
export const MAX_SNIPPET_CHARS = 400;

/**
 * Vocabulary terms examined for one unknown word's "did you mean", most
 * common first: the cost of a typo no longer grows with the vocabulary.
 */
export const MAX_TYPO_SCAN = 20_000;

/** Known words one typo away that a word of the query may stand for (the most common first). */
export const MAX_TYPO_TERMS = 8;

/**
 * Words of one query that are searched (a 200-character query can hold a
 * hundred one-letter words); the rest are dropped and the answer says
 * `truncated: true`. Also the most terms the engine's per-form bit masks hold,
 * so every query takes the path that reads only a hit's snippet window.
 */
export const MAX_QUERY_TERMS = 31;

/**
 * Time one search may spend on typo work (corrections and suggestions) before
 * it returns what it has, with `truncated: true`. Generous: a normal query
 * finishes in single-digit milliseconds.
 */
export const SEARCH_BUDGET_MS = 250;

/**
 * Values listed per facet in one response: the most frequent, plus every
 * selected value and the "Không rõ" bucket; the response counts the rest
 * (`facetsMore`) and `facetQuery` searches within them. 5,000 distinct
 * organizers made every response ~500 KB.
 */
export const MAX_FACET_VALUES = 100;

/** Characters of a facet search (`organizerQuery`, `provinceQuery`): a name's length. */
export const MAX_FACET_QUERY_CHARS = 200;

/** The warning an article carries when the bounds above cut it; the article page shows it. */
export const TRUNCATION_WARNING = "text: truncated";
