import { MAX_TYPO_SCAN } from "../../limits";
import { hasTerm, type Lexicon, prefixRange } from "../index/lexicon";

/**
 * How much typo work a request may still do: a deadline (performance.now())
 * after which it stops, saying so in `truncated`, and a count of the
 * vocabulary terms it examined.
 */
export interface Budget {
  deadline: number;
  truncated: boolean;
  scanned: number;
}

export const unlimited = (): Budget => ({ deadline: Number.POSITIVE_INFINITY, truncated: false, scanned: 0 });

import type { ParsedQuery, QueryTerm } from "./parse";

/**
 * "Did you mean": the query rewritten in the index's own vocabulary. Each
 * word the corpus does not know becomes the closest known folded syllable
 * (edit distance 1, or 2 from five letters; ties: a swap of letters first,
 * then the same length, then the most articles), and every word typed
 * without diacritics is written in its most common form: "dan vna kheo" →
 * "dân vận khéo". Null when nothing would change.
 */
export function suggestQuery(
  parsed: ParsedQuery,
  lex: Lexicon,
  commonForm: (folded: string) => string,
  budget: Budget = unlimited(),
): string | null {
  if (parsed.terms.length === 0) return null;
  let changed = false;
  const words = parsed.terms.map((q) => {
    const w = suggestTerm(q, lex, commonForm, budget);
    if (w !== q.exact) changed = true;
    return w;
  });
  if (!changed) return null;
  // Phrases keep their quotes; exclusions are kept as typed.
  const out: string[] = [];
  for (let t = 0; t < words.length; t++) {
    const p = parsed.terms[t]!.phrase;
    const group = p >= 0 ? parsed.phrases[p] : undefined;
    if (group && group[0] === t) {
      out.push(`"${group.map((k) => words[k]).join(" ")}"`);
      t = group.at(-1)!;
    } else out.push(words[t]!);
  }
  for (const x of parsed.excluded) out.push(`-${x.exact}`);
  return out.join(" ");
}

function suggestTerm(q: QueryTerm, lex: Lexicon, commonForm: (folded: string) => string, budget: Budget): string {
  const f = q.folded;
  if (hasTerm(lex, f)) {
    if (!q.accented) return commonForm(f);
    const forms = lex.forms.get(f);
    // Typed with diacritics the corpus never uses for this syllable: its usual form.
    return !forms || forms.includes(q.exact) ? q.exact : commonForm(f);
  }
  // A word still being typed that completes to known words is left alone.
  if (q.prefix) {
    const [from, to] = prefixRange(lex.terms, f);
    if (to > from) return q.exact;
  }
  const near = nearestTerm(lex, f, budget);
  return near === null ? q.exact : commonForm(near);
}

// Per vocabulary, its MAX_TYPO_SCAN most common terms (ids, in vocabulary order).
const commonest = new WeakMap<Lexicon, Uint32Array>();

/**
 * The MAX_TYPO_SCAN terms held by most articles (ties: the earlier term), in
 * vocabulary order; computed once per vocabulary in O(vocabulary) by counting
 * document frequencies (a comparison sort of 470,000 terms took 0.5 s of the
 * first request). The engine computes it when it is created.
 */
export function commonTerms(lex: Lexicon): Uint32Array {
  let ids = commonest.get(lex);
  if (!ids) {
    const n = lex.terms.length;
    if (n <= MAX_TYPO_SCAN) ids = Uint32Array.from(lex.terms.keys());
    else {
      // The smallest frequency still among the most common, and how many of it fit.
      let top = 0;
      for (let i = 0; i < n; i++) if (lex.df[i]! > top) top = lex.df[i]!;
      const count = new Uint32Array(top + 1);
      for (let i = 0; i < n; i++) count[lex.df[i]!]!++;
      let threshold = top;
      let above = 0;
      while (threshold > 0 && above + count[threshold]! < MAX_TYPO_SCAN) above += count[threshold--]!;
      let room = MAX_TYPO_SCAN - above;
      ids = new Uint32Array(MAX_TYPO_SCAN);
      let k = 0;
      for (let i = 0; i < n && k < MAX_TYPO_SCAN; i++) {
        const df = lex.df[i]!;
        if (df > threshold) ids[k++] = i;
        else if (df === threshold && room > 0) {
          ids[k++] = i;
          room--;
        }
      }
      ids = ids.subarray(0, k);
    }
    commonest.set(lex, ids);
  }
  return ids;
}

/**
 * The best known folded syllable within edit distance 1 (2 from five
 * letters), or null. Examines at most MAX_TYPO_SCAN terms (the most common),
 * so its cost does not grow with the vocabulary, and stops at the budget's
 * deadline (marking it truncated).
 */
export function nearestTerm(lex: Lexicon, word: string, budget: Budget = unlimited()): string | null {
  if (word.length < 2 || !/^[a-z0-9]+$/.test(word)) return null;
  if (budget.truncated) return null;
  const max = word.length >= 5 ? 2 : 1;
  const sorted = [...word].sort().join("");
  let best: string | null = null;
  let bestKey: number[] = [];
  const ids = commonTerms(lex);
  const { letters, lengths } = commonShapes(lex);
  const wordLetters = letterSet(word);
  for (let k = 0; k < ids.length; k++) {
    if ((k & 1023) === 1023 && performance.now() > budget.deadline) {
      budget.truncated = true;
      break;
    }
    budget.scanned++;
    if (Math.abs(lengths[k]! - word.length) > max) continue;
    // Within `max` edits, each side has at most `max` letters the other lacks
    // (every other letter is matched to an equal one): most terms are ruled
    // out on their letter sets, with no distance computed.
    if (popCount(wordLetters & ~letters[k]!) > max || popCount(letters[k]! & ~wordLetters) > max) continue;
    const i = ids[k]!;
    const t = lex.terms[i]!;
    const d = editDistance(word, t, max);
    if (d > max) continue;
    const key = [
      d,
      t.length === word.length && [...t].sort().join("") === sorted ? 0 : 1,
      t.length === word.length ? 0 : 1,
      -lex.df[i]!,
    ];
    if (best === null || less(key, bestKey)) {
      best = t;
      bestKey = key;
    }
  }
  return best;
}

// Per vocabulary, each of commonTerms' terms' letter set and length (the scan's filter).
const shapes = new WeakMap<Lexicon, { letters: Int32Array; lengths: Uint16Array }>();

/** commonTerms' letter sets and lengths, computed once per vocabulary (the engine does it when it is created). */
export function commonShapes(lex: Lexicon): { letters: Int32Array; lengths: Uint16Array } {
  let s = shapes.get(lex);
  if (!s) {
    const ids = commonTerms(lex);
    s = { letters: new Int32Array(ids.length), lengths: new Uint16Array(ids.length) };
    for (let k = 0; k < ids.length; k++) {
      const t = lex.terms[ids[k]!]!;
      s.letters[k] = letterSet(t);
      s.lengths[k] = Math.min(t.length, 0xffff);
    }
    shapes.set(lex, s);
  }
  return s;
}

/**
 * The characters of a string as a 32-bit set: a–z one bit each, digits
 * sharing six, anything else the last. Equal characters always share a bit,
 * which is all the filter needs.
 */
function letterSet(s: string): number {
  let set = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) set |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) set |= 1 << (26 + ((c - 48) % 5));
    else set |= 1 << 31;
  }
  return set;
}

function popCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

function less(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

// Three reusable rows: the scan over the vocabulary allocates nothing per word.
let rows = [new Int32Array(16), new Int32Array(16), new Int32Array(16)];

/** Optimal string alignment distance (a swap of neighbours is one edit), or max + 1 once it exceeds max. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (rows[0]!.length <= m) rows = [new Int32Array(2 * m + 2), new Int32Array(2 * m + 2), new Int32Array(2 * m + 2)];
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}
