import { MAX_TYPO_SCAN, MAX_TYPO_TERMS } from "../../limits";
import { docFrequency, formsOf, hasTerm, type Lexicon, prefixRange } from "../index/lexicon";
import { RANKING } from "../ranking";
import { commonTerms } from "./did-you-mean";
import type { QueryTerm } from "./parse";

/** How an index term answers a query term, worst first: the order every ranking of kinds uses. */
export const MATCH_KINDS = ["typo", "prefix", "term"] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** A kind as a small number, better kinds higher (0: no match), for per-article typed arrays. */
export const KIND_RANK: Readonly<Record<MatchKind, number>> = { typo: 1, prefix: 2, term: 3 };
/** KIND_RANK's inverse: index 0 is no match. */
export const KIND_OF_RANK: readonly (MatchKind | null)[] = [null, ...MATCH_KINDS];

export interface Expansion {
  /** Folded index term. */
  term: string;
  kind: MatchKind;
  /** Score weight relative to the term itself (1). */
  weight: number;
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * Every index term a query term stands for: itself, its completions when it
 * is a prefix (bounded), and, for a word the corpus does not know, terms one
 * typo away (bounded by construction: the edits of one word, looked up in the
 * sorted vocabulary).
 */
export function expandTerm(lex: Lexicon, q: QueryTerm, opts: { typos: boolean } = { typos: true }): Expansion[] {
  const out = new Map<string, Expansion>();
  const add = (term: string, kind: MatchKind, weight: number) => {
    if (!out.has(term)) out.set(term, { term, kind, weight });
  };
  const f = q.folded;
  if (hasTerm(lex, f)) add(f, "term", 1);

  if (q.prefix) {
    // The most common completions: what a person typing is most likely after.
    const { prefixWeight, prefixTail } = RANKING;
    for (const i of commonestCompletions(lex, f)) {
      const t = lex.terms[i]!;
      add(t, "prefix", (prefixWeight * t.length) / (t.length + prefixTail * (t.length - f.length)));
    }
  }

  // A word the corpus knows is taken as meant: "dang" is not a typo for
  // "dung". Only an unknown word is corrected, which also keeps a query with
  // no answer from turning into a list of near misses.
  if (opts.typos && out.size === 0 && q.phrase < 0 && /^[a-z]+$/.test(f)) {
    // Of the known neighbours, the most common MAX_TYPO_TERMS: in a huge
    // vocabulary a word has hundreds, and each costs the match its postings.
    const known: [string, number][] = [];
    for (const t of typoNeighbours(f)) {
      const df = docFrequency(lex, t);
      if (df > 0) known.push([t, df]);
    }
    known.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [t] of known.slice(0, MAX_TYPO_TERMS)) {
      if (out.has(t)) continue;
      // Typed with diacritics, the correction must be one slip from what was
      // typed, tones included: "bóng" may be "sóng", not "đồng".
      if (q.accented) {
        const forms = formsOf(lex, t);
        if (!(forms.length === 0 ? [t] : forms).some((form) => withinOneEdit(q.exact, form))) continue;
      }
      add(t, "typo", (RANKING.typoWeight * t.length) / (t.length + 1));
    }
  }
  return [...out.values()];
}

/**
 * The RANKING.prefixLimit completions of f (f itself aside) held by most articles
 * (ties: the earlier term), examining a bounded number of terms whatever the
 * vocabulary: the completions among the vocabulary's MAX_TYPO_SCAN most common
 * terms (found by bisection) hold the answer when there are enough of them,
 * since every other term is rarer; otherwise the range's first MAX_TYPO_SCAN
 * terms are examined too. Sorting every completion cost 90 ms for a
 * one-letter prefix of 470,000 terms.
 */
export function commonestCompletions(lex: Lexicon, f: string): number[] {
  const [from, to] = prefixRange(lex.terms, f);
  const common = commonTerms(lex);
  const firstCommon = (x: number) => {
    let a = 0;
    let b = common.length;
    while (a < b) {
      const m = (a + b) >>> 1;
      if (common[m]! < x) a = m + 1;
      else b = m;
    }
    return a;
  };
  const ca = firstCommon(from);
  const cb = firstCommon(to);
  const candidates = new Set<number>();
  for (let k = ca; k < cb; k++) if (lex.terms[common[k]!] !== f) candidates.add(common[k]!);
  if (candidates.size < RANKING.prefixLimit)
    for (let i = from; i < Math.min(to, from + MAX_TYPO_SCAN); i++) if (lex.terms[i] !== f) candidates.add(i);
  // The best `limit` kept in order as they come: no sort of 20,000 candidates.
  const limit = RANKING.prefixLimit;
  const better = (a: number, b: number) => lex.df[a]! > lex.df[b]! || (lex.df[a] === lex.df[b] && a < b);
  const best: number[] = [];
  for (const i of candidates) {
    if (best.length === limit && !better(i, best[limit - 1]!)) continue;
    let k = best.length < limit ? best.length : limit - 1;
    while (k > 0 && better(i, best[k - 1]!)) {
      best[k] = best[k - 1]!;
      k--;
    }
    best[k] = i;
  }
  return best;
}

/** Strings one edit away from a word: swaps from 3 letters, any single edit from 4. */
export function typoNeighbours(word: string): Set<string> {
  const out = new Set<string>();
  const n = word.length;
  if (n >= RANKING.swapMinLength) {
    for (let i = 0; i + 1 < n; i++) {
      if (word[i] === word[i + 1]) continue;
      out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    }
  }
  if (n >= RANKING.typoMinLength) {
    for (let i = 0; i <= n; i++) {
      const head = word.slice(0, i);
      if (i < n) out.add(head + word.slice(i + 1)); // deletion
      for (const c of ALPHABET) {
        out.add(head + c + word.slice(i)); // insertion
        if (i < n && c !== word[i]) out.add(head + c + word.slice(i + 1)); // substitution
      }
    }
  }
  out.delete(word);
  return out;
}

/** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) {
    if (restA === restB) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? restA === b.slice(i) : a.slice(i) === restB;
}
