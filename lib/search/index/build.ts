import type { Article } from "../../ingest";
import { buildForward, buildForwardAndLexicon, type ForwardIndex } from "./forward";
import type { DocFields, Lexicon } from "./lexicon";
import { buildPairFilter, type PairFilter } from "./pair-filter";
import { buildPostings, type Postings } from "./postings";

/**
 * The engine's index: the lexicon (folded vocabulary, exact forms), the
 * forward index (every article as exact-form ids) and the inverted postings
 * derived from it. Text is tokenized by the one Vietnamese tokenizer
 * (lib/text) at build time only.
 */
export interface SearchIndex {
  lexicon: Lexicon;
  forward: ForwardIndex;
  postings: Postings;
  /** Adjacent syllable pairs per article, to rule out quoted phrases without a scan. */
  pairs: PairFilter;
}

/** The text of an article that is indexed, field by field. */
function indexedFields(a: Article): DocFields {
  return { title: a.title, lead: a.lead, body: a.body.join("\n") };
}

export function buildIndex(articles: readonly Article[], lexicon?: Lexicon): SearchIndex {
  const docs = articles.map(indexedFields);
  const { forward, lexicon: lex } = lexicon
    ? { forward: buildForward(docs, lexicon), lexicon }
    : buildForwardAndLexicon(docs);
  return { lexicon: lex, forward, postings: buildPostings(forward, lex.df), pairs: buildPairFilter(forward) };
}

/** What the artifact stores: the lexicon and the forward index (postings are derived at load). */
export function buildIndexParts(articles: readonly Article[]): { lexicon: Lexicon; forward: ForwardIndex } {
  // Fields are made as they are read: the build holds one article's joined text at a time.
  const docs = {
    *[Symbol.iterator]() {
      for (const a of articles) yield indexedFields(a);
    },
  };
  return buildForwardAndLexicon(docs);
}

/** The index from its stored parts: the postings and the pair filter derived from the forward index. */
export function loadIndex(forward: ForwardIndex, lexicon: Lexicon): SearchIndex {
  return { lexicon, forward, postings: buildPostings(forward, lexicon.df), pairs: buildPairFilter(forward) };
}
