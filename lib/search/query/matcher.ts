import type { Token } from "../../text";
import { type Expansion, KIND_OF_RANK, KIND_RANK, type MatchKind } from "./expand";
import { exactMatches, type ParsedQuery, type QueryTerm } from "./parse";

/** A token known to the search index: `id` names its written form. */
export interface IdToken extends Token {
  id: number;
}

/**
 * Flat per-form memo arrays (forms × terms entries) only up to this size: a
 * long query over a huge vocabulary would otherwise allocate and fill tens of
 * megabytes per request. Beyond it, decisions are memoized per distinct syllable.
 */
const MAX_MEMO_ENTRIES = 1 << 22;

export interface MatcherOptions {
  /** Written forms in the index (ids below this), for the flat memo arrays. */
  forms?: number;
  /**
   * A cheap test, by form id, that a form can answer some term at all (its
   * folded syllable is accepted, or completes the prefix): every other form of
   * the index is rejected without string work, so a syllable's cost does not
   * grow with the query's length or the vocabulary. Must never reject a form
   * the rules accept.
   */
  mayAnswer?: (id: number) => boolean;
}

/**
 * Decides, syllable by syllable, what answers a query: the same rules the
 * index lookup used (term, bounded prefix completions, typo neighbours), so
 * that ranking, phrase checks and highlights agree with the matches.
 */
export class Matcher {
  readonly terms: QueryTerm[];
  readonly phrases: number[][];
  private readonly acceptedBy: Map<string, MatchKind>[];
  // Articles repeat their words: decide each distinct syllable once per query.
  private readonly kindMemo = new Map<string, (MatchKind | null)[]>();
  private readonly strictMemo = new Map<string, boolean[]>();
  // Tokens taken from the search index carry the id of their written form:
  // for those, the decisions are memoized in flat arrays (-1: not decided yet).
  private readonly kindById: Int8Array | undefined;
  private readonly strictById: Int8Array | undefined;
  private readonly mayAnswer: ((id: number) => boolean) | undefined;
  // Every syllable some term accepts by name, and the prefixes: a syllable in
  // neither answers no term, decided with one lookup whatever the query's length.
  private readonly anyAccepted = new Set<string>();
  private readonly prefixes: string[] = [];
  private readonly none: (MatchKind | null)[];
  private readonly noneStrict: boolean[];

  constructor(parsed: ParsedQuery, expansions: Expansion[][], opts: MatcherOptions = {}) {
    const forms = opts.forms ?? 0;
    this.mayAnswer = opts.mayAnswer;
    this.terms = parsed.terms;
    this.phrases = parsed.phrases;
    this.acceptedBy = parsed.terms.map((q, i) => {
      const m = new Map<string, MatchKind>([[q.folded, "term"]]);
      for (const e of expansions[i] ?? []) if (!m.has(e.term)) m.set(e.term, e.kind);
      return m;
    });
    for (const m of this.acceptedBy) for (const term of m.keys()) this.anyAccepted.add(term);
    for (const q of parsed.terms) if (q.prefix) this.prefixes.push(q.folded);
    this.none = parsed.terms.map(() => null);
    this.noneStrict = parsed.terms.map(() => false);
    if (forms > 0 && parsed.terms.length > 0 && forms * parsed.terms.length <= MAX_MEMO_ENTRIES) {
      this.kindById = new Int8Array(forms * parsed.terms.length).fill(-1);
      this.strictById = new Int8Array(forms * parsed.terms.length).fill(-1);
    }
  }

  /** The folded syllables term i accepts by name (itself, its expansions) and how; a prefix also accepts any other completion. */
  accepted(i: number): ReadonlyMap<string, MatchKind> {
    return this.acceptedBy[i]!;
  }

  /** How a syllable answers term i, or null. Prefixes accept any completion, not only the indexed ones. */
  kind(i: number, t: Token): MatchKind | null {
    const id = (t as IdToken).id;
    if (id !== undefined && this.mayAnswer && !this.mayAnswer(id)) return null;
    if (id !== undefined && this.kindById) {
      const at = id * this.terms.length + i;
      let k = this.kindById[at]!;
      if (k < 0) {
        const kind = this.kindOf(i, t);
        this.kindById[at] = k = kind === null ? 0 : KIND_RANK[kind];
      }
      return KIND_OF_RANK[k]!;
    }
    return this.kindOf(i, t);
  }

  private kindOf(i: number, t: Token): MatchKind | null {
    return this.kindOfAll(t)[i]!;
  }

  /** How the syllable answers each term (memoized per folded syllable; `none` when it answers none). */
  private kindOfAll(t: Token): (MatchKind | null)[] {
    const f = t.folded;
    let kinds = this.kindMemo.get(f);
    if (!kinds) {
      if (!this.anyAccepted.has(f) && !this.prefixes.some((p) => f.startsWith(p))) kinds = this.none;
      else
        kinds = this.terms.map((q, j) => {
          const k = this.acceptedBy[j]!.get(f);
          if (k) return k;
          return q.prefix && f.startsWith(q.folded) ? "prefix" : null;
        });
      this.kindMemo.set(f, kinds);
    }
    return kinds;
  }

  /** Term i matches the syllable in the form the user asked for: exact when typed with diacritics. */
  strict(i: number, t: Token): boolean {
    const id = (t as IdToken).id;
    if (id !== undefined && this.mayAnswer && !this.mayAnswer(id)) return false;
    if (id !== undefined && this.strictById) {
      const at = id * this.terms.length + i;
      let k = this.strictById[at]!;
      if (k < 0) this.strictById[at] = k = this.strictOf(i, t) ? 1 : 0;
      return k === 1;
    }
    return this.strictOf(i, t);
  }

  private strictOf(i: number, t: Token): boolean {
    let strict = this.strictMemo.get(t.exact);
    if (!strict) {
      strict =
        this.kindOfAll(t) === this.none
          ? this.noneStrict
          : this.terms.map((q, j) => {
              const k = this.kind(j, t);
              if (k === null || k === "typo") return false;
              return !q.accented || exactMatches(q, t.exact);
            });
      this.strictMemo.set(t.exact, strict);
    }
    return strict[i]!;
  }

  /** True when the syllable answers any term at all. */
  any(t: Token): boolean {
    const id = (t as IdToken).id;
    if (id !== undefined && this.mayAnswer && !this.mayAnswer(id)) return false;
    for (let i = 0; i < this.terms.length; i++) if (this.kind(i, t) !== null) return true;
    return false;
  }

  /** Does the sequence of syllables hold phrase p (adjacent, in order, in the typed form)? */
  phraseAt(tokens: Token[], p: number[]): number {
    outer: for (let k = 0; k + p.length <= tokens.length; k++) {
      for (let j = 0; j < p.length; j++) if (!this.strict(p[j]!, tokens[k + j]!)) continue outer;
      return k;
    }
    return -1;
  }

  /**
   * Adjacency of consecutive query terms in a text: for each pair (i, i+1),
   * 2 when they occur side by side in the typed form, 1 when side by side
   * only after folding or via a completion/typo, 0 otherwise. Summed.
   */
  adjacency(tokens: Token[]): number {
    const n = this.terms.length;
    if (n < 2 || tokens.length < 2) return 0;
    const best = new Uint8Array(n - 1);
    let prev: Token | undefined;
    for (const t of tokens) {
      if (!this.any(t)) {
        prev = undefined;
        continue;
      }
      if (prev) {
        for (let i = 0; i + 1 < n; i++) {
          if (best[i] === 2) continue;
          if (this.kind(i, prev) === null || this.kind(i + 1, t) === null) continue;
          best[i] = this.strict(i, prev) && this.strict(i + 1, t) ? 2 : Math.max(best[i]!, 1);
        }
      }
      prev = t;
    }
    let sum = 0;
    for (const b of best) sum += b;
    return sum;
  }

  /**
   * Which syllables to highlight. Accented terms light up only their exact
   * form when the text has it (else every variant, which is what matched);
   * quoted phrases light up only where the whole phrase occurs.
   */
  /**
   * True when the word still being typed occurs right after the previous
   * query word somewhere in these syllables ("dân vận" for "dan va").
   */
  completesAfterPrevious(tokens: Token[]): boolean {
    const n = this.terms.length;
    if (n < 2 || !this.terms[n - 1]!.prefix) return false;
    for (let k = 1; k < tokens.length; k++)
      if (this.kind(n - 1, tokens[k]!) !== null && this.kind(n - 2, tokens[k - 1]!) !== null) return true;
    return false;
  }

  marks(
    tokens: Token[],
    opts: { phrases: boolean; exactIn?: boolean[]; completionsAfterPrevious?: boolean },
  ): boolean[] {
    const marked = new Array<boolean>(tokens.length).fill(false);
    const inPhrase = new Set<number>();
    if (opts.phrases) for (const p of this.phrases) for (const i of p) inPhrase.add(i);
    const exactIn = opts.exactIn ?? this.terms.map((q, i) => q.accented && tokens.some((t) => this.strict(i, t)));
    // "dan va" should light up "dân vận", not every "và" and "vai": where the
    // article has the completion right after the previous word, only those count.
    const last = this.terms.length - 1;
    const afterPrevOnly = opts.completionsAfterPrevious ?? this.completesAfterPrevious(tokens);
    tokens.forEach((t, k) => {
      if (!this.any(t)) return;
      for (let i = 0; i < this.terms.length; i++) {
        if (inPhrase.has(i)) continue;
        if (i === last && afterPrevOnly && !(k > 0 && this.kind(last - 1, tokens[k - 1]!) !== null)) continue;
        if (exactIn[i] ? this.strict(i, t) : this.kind(i, t) !== null) {
          marked[k] = true;
          break;
        }
      }
    });
    if (opts.phrases) {
      for (const p of this.phrases) {
        for (let k = 0; k + p.length <= tokens.length; k++) {
          if (p.every((i, j) => this.strict(i, tokens[k + j]!)))
            for (let j = 0; j < p.length; j++) marked[k + j] = true;
        }
      }
    }
    return marked;
  }

  /** Which query terms (by index) each syllable answers, for snippet windows; -1 for none. */
  termOf(tokens: Token[], marked: boolean[]): Int32Array {
    const out = new Int32Array(tokens.length).fill(-1);
    tokens.forEach((t, k) => {
      if (!marked[k]) return;
      for (let i = 0; i < this.terms.length; i++) {
        if (this.kind(i, t) !== null) {
          out[k] = i;
          return;
        }
      }
    });
    return out;
  }
}
