import { hasDiacritics, tokenize } from "../../text";

/** One syllable of a parsed query. */
export interface QueryTerm {
  /** As typed, tone-normalized and lower-cased. */
  exact: string;
  folded: string;
  /** The user typed diacritics on this term: exact-form matches rank first. */
  accented: boolean;
  /** Still being typed: match as a prefix. */
  prefix: boolean;
  /** Index of the quoted phrase this term belongs to, or -1. */
  phrase: number;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** Terms the user excluded with a leading "-". */
  excluded: QueryTerm[];
  /** Quoted phrases, as indexes into `terms` (in order). */
  phrases: number[][];
}

// A lone letter is not yet a search ("d" is not a search for "dân"), so a
// query's only word completes from two letters. After other words ("chuyển
// đổi s") one letter already narrows things, and expansion is bounded anyway.
export const MIN_PREFIX_LENGTH = 2;

const WORD_END = /[\p{L}\p{M}\p{N}]$/u;

/**
 * Splits what the user typed into syllables.
 * - The last syllable is a prefix while the user is still typing it (no
 *   trailing space, not inside a closed quote; two letters when it is the
 *   only word).
 * - "quoted words" form a phrase: those syllables must occur in that order,
 *   adjacent. An unclosed quote runs to the end of the query.
 * - "-word" excludes every article holding the word.
 */
export function parseQuery(q: string): ParsedQuery {
  const terms: QueryTerm[] = [];
  const excluded: QueryTerm[] = [];
  const phrases: number[][] = [];
  // Quotes of every kind count: phones type curly ones.
  const text = q.replace(/[“”„‟«»"]/g, '"');
  const endsOpen = WORD_END.test(text);

  // Segments alternate outside/inside quotes.
  const segments = text.split('"');
  segments.forEach((segment, s) => {
    const quoted = s % 2 === 1;
    const closed = quoted && s < segments.length - 1;
    if (quoted) {
      const tokens = tokenize(segment);
      // A quoted single word is just a word.
      const phrase = tokens.length > 1 ? phrases.length : -1;
      const group: number[] = [];
      tokens.forEach((t, j) => {
        // The user is still typing inside an unclosed quote.
        const typing = !closed && endsOpen && j === tokens.length - 1 && t.folded.length >= MIN_PREFIX_LENGTH;
        group.push(terms.length);
        terms.push(makeTerm(t.exact, t.folded, typing, phrase));
      });
      if (group.length > 1) phrases.push(group);
      return;
    }
    const parts = segment.split(/\s+/).filter(Boolean);
    const isLastSegment = s === segments.length - 1;
    parts.forEach((part, i) => {
      const negated = /^[-\u2010-\u2015\u2212]/.test(part) && part.length > 1;
      const tokens = tokenize(negated ? part.slice(1) : part);
      tokens.forEach((t, j) => {
        const last = isLastSegment && endsOpen && i === parts.length - 1 && j === tokens.length - 1;
        const long = t.folded.length >= MIN_PREFIX_LENGTH || terms.length > 0;
        const term = makeTerm(t.exact, t.folded, !negated && last && long, -1);
        if (negated) excluded.push(term);
        else terms.push(term);
      });
    });
  });
  return { terms, excluded, phrases };
}

/**
 * Every query term is made here, and never changed after: terms of one shape
 * keep the engine's hot loops monomorphic (a term copied with a spread, or
 * a field set afterwards, gave V8 new shapes and the match step deopted).
 */
export function makeTerm(exact: string, folded: string, prefix: boolean, phrase: number): QueryTerm {
  return { exact, folded, accented: hasDiacritics(exact), prefix, phrase };
}

/** True when a syllable's exact form is the exact form the user typed (for a prefix: starts with it). */
export function exactMatches(term: QueryTerm, exact: string): boolean {
  return term.prefix ? exact.startsWith(term.exact) : exact === term.exact;
}

/**
 * The query's first n words (MAX_QUERY_TERMS): a phrase cut short keeps the
 * words before the cut, and is no phrase when one word is left. `cut` says
 * whether words were dropped.
 */
export function firstTerms(parsed: ParsedQuery, n: number): ParsedQuery & { cut: boolean } {
  if (parsed.terms.length <= n)
    return { terms: parsed.terms, excluded: parsed.excluded, phrases: parsed.phrases, cut: false };
  const phrases: number[][] = [];
  const loose = new Set<number>();
  for (const p of parsed.phrases) {
    const kept = p.filter((i) => i < n);
    if (kept.length > 1) phrases.push(kept);
    else for (const i of kept) loose.add(i);
  }
  const terms = parsed.terms
    .slice(0, n)
    .map((t, i) => makeTerm(t.exact, t.folded, t.prefix, loose.has(i) ? -1 : t.phrase));
  // Phrases are in query order: only the last ones lose words, so the kept ones keep their numbers.
  return { terms, excluded: parsed.excluded, phrases, cut: true };
}
