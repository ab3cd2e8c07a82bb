import type { Token } from "../text";
import type { Expansion, MatchKind } from "./expand";
import type { FieldHits, MatchUnit } from "./highlight";
import { exactMatches, type ParsedQuery, type QueryTerm } from "./query";

/** A token known to the search index: `id` names its written form. */
export interface IdToken extends Token {
  id: number;
}

/** How a query was widened with the other forms of its abbreviations (the engine's highlighter). */
export interface MatcherOptions {
  /** The last standsFor.length terms are other forms: term base + j stands for the query's terms standsFor[j]. */
  standsFor?: readonly (readonly number[])[];
  /** Phrases from this index on are other forms, matched whole even when quoted phrases are not. */
  aliasPhrases?: number;
}

const KIND_CODE: (MatchKind | null)[] = [null, "typo", "prefix", "term"];

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

  /** Per term: the ids of the query terms it answers for (a repeated word and another form share one). */
  readonly credit: (readonly number[])[];
  /** Per phrase: the ids of the terms a whole occurrence answers. */
  readonly phraseCredit: (readonly number[])[];
  private readonly aliasPhrases: number;

  constructor(parsed: ParsedQuery, expansions: Expansion[][], forms = 0, opts: MatcherOptions = {}) {
    this.terms = parsed.terms;
    this.phrases = parsed.phrases;
    const standsFor = opts.standsFor ?? [];
    const base = parsed.terms.length - standsFor.length;
    const own: number[] = [];
    parsed.terms.forEach((q, i) => {
      if (i >= base) return;
      const same = parsed.terms.findIndex((o, j) => j < i && o.exact === q.exact && o.prefix === q.prefix);
      own.push(same >= 0 ? own[same]! : i);
    });
    this.credit = parsed.terms.map((_, i) =>
      i < base ? [own[i]!] : [...new Set(standsFor[i - base]!.map((j) => own[j] ?? j))],
    );
    this.phraseCredit = parsed.phrases.map((p) => [...new Set(p.flatMap((i) => this.credit[i]!))]);
    this.aliasPhrases = opts.aliasPhrases ?? parsed.phrases.length;
    this.acceptedBy = parsed.terms.map((q, i) => {
      const m = new Map<string, MatchKind>([[q.folded, "term"]]);
      for (const e of expansions[i] ?? []) if (!m.has(e.term)) m.set(e.term, e.kind);
      return m;
    });
    if (forms > 0 && parsed.terms.length > 0) {
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
    if (id !== undefined && this.kindById) {
      const at = id * this.terms.length + i;
      let k = this.kindById[at]!;
      if (k < 0) this.kindById[at] = k = KIND_CODE.indexOf(this.kindOf(i, t));
      return KIND_CODE[k]!;
    }
    return this.kindOf(i, t);
  }

  private kindOf(i: number, t: Token): MatchKind | null {
    let kinds = this.kindMemo.get(t.folded);
    if (!kinds) {
      kinds = this.terms.map((q, j) => {
        const k = this.acceptedBy[j]!.get(t.folded);
        if (k) return k;
        return q.prefix && t.folded.startsWith(q.folded) ? "prefix" : null;
      });
      this.kindMemo.set(t.folded, kinds);
    }
    return kinds[i]!;
  }

  /** Term i matches the syllable in the form the user asked for: exact when typed with diacritics. */
  strict(i: number, t: Token): boolean {
    const id = (t as IdToken).id;
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
      strict = this.terms.map((q, j) => {
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

  /** True when phrase p is matched only whole: a quoted phrase while phrases count, another form of an abbreviation always. */
  whole(p: number, phrases: boolean): boolean {
    return phrases || p >= this.aliasPhrases;
  }

  /**
   * Which syllables to highlight, and the matches a snippet window can show
   * (FieldHits). Accented terms light up only their exact form when the
   * text has it (else every variant, which is what matched); phrases matched
   * whole light up only where the whole phrase occurs. A syllable answering
   * several terms is credited to the first it answers as typed, else the first.
   */
  hits(
    tokens: Token[],
    opts: { phrases: boolean; exactIn?: boolean[]; completionsAfterPrevious?: boolean },
  ): FieldHits {
    const termOf = new Int32Array(tokens.length).fill(-1);
    const units: MatchUnit[] = [];
    const inWhole = new Set<number>();
    this.phrases.forEach((p, j) => {
      if (this.whole(j, opts.phrases)) for (const i of p) inWhole.add(i);
    });
    const exactIn = opts.exactIn ?? this.terms.map((q, i) => q.accented && tokens.some((t) => this.strict(i, t)));
    // "dan va" should light up "dân vận", not every "và" and "vai": where the
    // article has the completion right after the previous word, only those count.
    const last = this.terms.length - 1;
    const afterPrevOnly = opts.completionsAfterPrevious ?? this.completesAfterPrevious(tokens);
    tokens.forEach((t, k) => {
      if (!this.any(t)) return;
      let chosen = -1;
      let chosenStrict = false;
      for (let i = 0; i < this.terms.length; i++) {
        if (inWhole.has(i)) continue;
        if (i === last && afterPrevOnly && !(k > 0 && this.kind(last - 1, tokens[k - 1]!) !== null)) continue;
        if (exactIn[i] ? this.strict(i, t) : this.kind(i, t) !== null) {
          const strict = this.strict(i, t);
          if (chosen < 0 || strict) {
            chosen = i;
            chosenStrict = strict;
          }
          if (strict) break;
        }
      }
      if (chosen >= 0) {
        termOf[k] = chosen;
        units.push({ start: k, end: k + 1, terms: this.credit[chosen]!, strict: chosenStrict });
      }
    });
    this.phrases.forEach((p, j) => {
      if (!this.whole(j, opts.phrases)) return;
      for (let k = 0; k + p.length <= tokens.length; k++) {
        if (!p.every((i, o) => this.strict(i, tokens[k + o]!))) continue;
        for (let o = 0; o < p.length; o++) if (termOf[k + o]! < 0) termOf[k + o] = p[o]!;
        units.push({ start: k, end: k + p.length, terms: this.phraseCredit[j]!, strict: true });
      }
    });
    return { termOf, units };
  }

  /** Which syllables to highlight (Matcher.hits). */
  marks(
    tokens: Token[],
    opts: { phrases: boolean; exactIn?: boolean[]; completionsAfterPrevious?: boolean },
  ): boolean[] {
    return Array.from(this.hits(tokens, opts).termOf, (t) => t >= 0);
  }
}
