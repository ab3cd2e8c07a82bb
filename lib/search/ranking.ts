/**
 * Every knob of the ranking, in one place (as MiniSearch's
 * `defaultSearchOptions` and `BM25Params` are). Results are ordered, best
 * first, by:
 * 1. coverage: how many of the query's words the article answers at all
 *    (differs only in relaxed results, where no article holds every word);
 * 2. clean: words answered without a typo correction;
 * 3. exact: accented words found in the accents typed ("dân" before "dẫn");
 * 4. proximity: query words side by side (the best of title, story,
 *    organizers and province; abbreviations held count as their words side
 *    by side), for the best `rerankDepth` candidates only;
 * 5. score: BM25+ per field (`bm25`, `fieldBoost`) times each expansion's
 *    weight (`prefixWeight`, `typoWeight`) and the word's idf, plus
 *    `metaWeight` per word found in the organizers or province, raised by
 *    `titleAdjacencyBonus` for words side by side in the title;
 * 6. then newest first, then corpus order.
 * The BM25+ figures are applied when the postings are derived at load
 * (lib/search/index/postings.ts): changing them needs no new index.
 */
export const RANKING = {
  /** BM25+ per field: saturation, length normalization, and the floor of any occurrence (so one more matching field always counts). */
  bm25: { k1: 1.2, b: 0.7, delta: 0.5 },
  /** Title words matter most, then the lead, then the rest of the story. */
  fieldBoost: { title: 3, lead: 2, body: 1 },
  /** At most this many completions of a word still being typed, the most common. */
  prefixLimit: 40,
  /**
   * A completion weighs prefixWeight × length / (length + prefixTail ×
   * letters added): the same shape as MiniSearch's own prefix weight.
   */
  prefixWeight: 0.375,
  prefixTail: 0.3,
  /** A typo correction weighs typoWeight × length / (length + 1) (MiniSearch's fuzzy weight). */
  typoWeight: 0.45,
  /** Edit distance 1 only from this many letters: shorter words are mostly other words. */
  typoMinLength: 4,
  /** Swapped neighbours ("vna" for "van") are the commonest slip, and safe from three letters. */
  swapMinLength: 3,
  /**
   * Weight of a query word found in the article's organizers or province, in
   * the units of a posting's weight (a title occurrence weighs about 4.5): an
   * article the named unit held outranks one that mentions it in passing.
   */
  metaWeight: 4,
  /** How many of the best candidates get positional re-ranking (proximity). */
  rerankDepth: 64,
  /** Extra weight for query words found side by side in the title (or the organizers and province). */
  titleAdjacencyBonus: 0.5,
} as const;
