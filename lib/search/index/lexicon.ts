import { hasDiacritics, tokenize } from "../../text";

/**
 * The vocabulary, built with the forward index by `npm run index`:
 * - the sorted folded vocabulary with document frequencies, for bounded
 *   prefix and typo expansion;
 * - for each folded syllable, the written (exact, tone-normalized) forms the
 *   corpus uses, and for accented forms that share their folded syllable with
 *   another form, the documents that hold that exact form.
 * That last part is what lets "dân" outrank "dẫn" without indexing the text a
 * second time: only ambiguous accented forms get a (compact) document list.
 */
export interface Lexicon {
  /** Folded syllables in code-unit order. */
  terms: string[];
  /** Documents holding each folded syllable, parallel to `terms`. */
  df: Uint32Array;
  /** Folded syllable → every exact form seen, when one of them is accented. */
  forms: Map<string, string[]>;
  /** Exact form → sorted article indexes, for accented forms that share their folded syllable. */
  postings: Map<string, Uint32Array>;
}

/** The text of an article that is indexed and matched, field by field. */
export interface DocFields {
  title: string;
  lead: string;
  body: string;
}

export function buildLexicon(docs: Iterable<DocFields>): Lexicon {
  const df = new Map<string, number>();
  const forms = new Map<string, Set<string>>();
  const docsOf = new Map<string, number[]>();
  let i = 0;
  for (const doc of docs) {
    const folded = new Set<string>();
    // Exact forms with diacritics (exact ≠ folded) and their folded syllable.
    const exact = new Map<string, string>();
    for (const text of [doc.title, doc.lead, doc.body]) {
      for (const t of tokenize(text)) {
        folded.add(t.folded);
        if (!exact.has(t.exact)) {
          exact.set(t.exact, t.folded);
          let set = forms.get(t.folded);
          if (!set) forms.set(t.folded, (set = new Set()));
          set.add(t.exact);
        }
      }
    }
    for (const f of folded) df.set(f, (df.get(f) ?? 0) + 1);
    for (const [e, f] of exact) {
      if (e === f) continue; // no diacritics: nothing to tell apart
      let list = docsOf.get(e);
      if (!list) docsOf.set(e, (list = []));
      list.push(i);
    }
    i++;
  }
  const terms = [...df.keys()].sort(compareCodeUnits);
  const lex: Lexicon = {
    terms,
    df: Uint32Array.from(terms, (t) => df.get(t)!),
    forms: new Map(),
    postings: new Map(),
  };
  for (const [f, set] of forms) {
    const list = [...set].sort(compareCodeUnits);
    if (!list.some(hasDiacritics)) continue;
    lex.forms.set(f, list);
    if (list.length < 2) continue; // the only form: every folded match is exact
    for (const e of list) {
      const docs = docsOf.get(e);
      if (docs) lex.postings.set(e, Uint32Array.from(docs));
    }
  }
  return lex;
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// The sorted vocabulary's lookups, written once: every part of the engine
// finds a syllable, or a prefix's completions, through these.

/** Position of the first vocabulary term ≥ key. */
function lowerBound(terms: readonly string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The id (position) of a term in the sorted vocabulary, or -1. */
export function termId(terms: readonly string[], term: string): number {
  const i = lowerBound(terms, term);
  return terms[i] === term ? i : -1;
}

/** [from, to): the terms that start with prefix (contiguous in a sorted vocabulary), found by bisection. */
export function prefixRange(terms: readonly string[], prefix: string): [number, number] {
  const from = lowerBound(terms, prefix);
  let lo = from;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]!.startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return [from, lo];
}

/** [from, to): the term itself (empty when unknown), or as a prefix every term it begins. */
export function termRange(terms: readonly string[], term: string, prefix: boolean): [number, number] {
  if (prefix) return prefixRange(terms, term);
  const i = termId(terms, term);
  return i < 0 ? [0, 0] : [i, i + 1];
}

export function hasTerm(lex: Lexicon, term: string): boolean {
  return termId(lex.terms, term) >= 0;
}

export function docFrequency(lex: Lexicon, term: string): number {
  const i = termId(lex.terms, term);
  return i >= 0 ? lex.df[i]! : 0;
}

/**
 * Which articles hold an exact (tone-normalized, accented) form, as a
 * membership test; "all" when every article with the folded form has it.
 */
export function exactDocs(lex: Lexicon, folded: string, exact: string): Uint32Array | "all" | null {
  const list = lex.forms.get(folded);
  if (!list?.includes(exact)) return null;
  if (list.length === 1) return "all";
  return lex.postings.get(exact) ?? null;
}

/** Exact forms of a folded syllable (empty when it has no accented form). */
export function formsOf(lex: Lexicon, folded: string): readonly string[] {
  return lex.forms.get(folded) ?? [];
}
