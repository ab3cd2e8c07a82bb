import type { Lexicon } from "../../search";
import { decodeDocList, encodeDocList } from "./doc-list";

/**
 * lexicon.json: the vocabulary (lib/search/index/lexicon.ts).
 *   {v: LEXICON_VERSION,
 *    terms: folded syllables in code-unit order, df: articles per term,
 *    forms: {folded: its written forms, when one is accented},
 *    postings: {accented form: its articles as a doc list (doc-list.ts)}}
 */
export const LEXICON_VERSION = 1;

export interface LexiconJSON {
  v: typeof LEXICON_VERSION;
  terms: string[];
  df: number[];
  forms: Record<string, string[]>;
  postings: Record<string, string>;
}

export function lexiconToJSON(lex: Lexicon): LexiconJSON {
  return {
    v: LEXICON_VERSION,
    terms: lex.terms,
    df: [...lex.df],
    forms: Object.fromEntries(lex.forms),
    postings: Object.fromEntries([...lex.postings].map(([e, docs]) => [e, encodeDocList(docs)])),
  };
}

export function lexiconFromJSON(json: LexiconJSON): Lexicon {
  if (json.v !== LEXICON_VERSION || json.terms.length !== json.df.length) throw new Error("unknown lexicon format");
  return {
    terms: json.terms,
    df: Uint32Array.from(json.df),
    forms: new Map(Object.entries(json.forms)),
    postings: new Map(Object.entries(json.postings).map(([e, s]) => [e, decodeDocList(s)])),
  };
}
