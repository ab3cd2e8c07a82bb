import { exactForm, fold, hasDiacritics, tokenize } from "../text";

/** One syllable of a parsed query. */
export interface QueryTerm {
  /** As typed, tone-normalized and lower-cased. */
  exact: string;
  folded: string;
  /** The user typed diacritics on this term. */
  accented: boolean;
  /** Still being typed: match as a prefix. */
  prefix: boolean;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** Terms the user excluded with a leading "-". */
  excluded: QueryTerm[];
}

/**
 * Splits what the user typed into syllables. The last one is a prefix while
 * the user is still typing it (no trailing space). "-word" excludes a word.
 */
export function parseQuery(q: string): ParsedQuery {
  const terms: QueryTerm[] = [];
  const excluded: QueryTerm[] = [];
  const endsOpen = /[\p{L}\p{M}\p{N}]$/u.test(q);
  const parts = q.split(/\s+/).filter(Boolean);
  parts.forEach((part, i) => {
    const negated = part.startsWith("-") && part.length > 1;
    const tokens = tokenize(negated ? part.slice(1) : part);
    tokens.forEach((t, j) => {
      const term: QueryTerm = {
        exact: t.exact,
        folded: t.folded,
        accented: hasDiacritics(t.exact),
        prefix: !negated && endsOpen && i === parts.length - 1 && j === tokens.length - 1,
      };
      (negated ? excluded : terms).push(term);
    });
  });
  return { terms, excluded };
}

/** True when a text syllable (by its folded form) answers a query term. */
export function termMatches(term: QueryTerm, folded: string): boolean {
  return term.prefix ? folded.startsWith(term.folded) : folded === term.folded;
}

export { exactForm, fold };
