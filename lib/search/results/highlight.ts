import { readKeystrokes, type Token, tokenize } from "../../text";
import { Matcher } from "../query/matcher";
import { type ParsedQuery, parseQuery, type QueryTerm } from "../query/parse";
import type { Range } from "../types";

/**
 * Highlights for any text (e.g. a whole article page) against a parsed query:
 * terms, completions of the last word and quoted phrases, on the original text.
 */
export function highlightRanges(
  text: string,
  query: QueryTerm[] | ParsedQuery,
  tokens: Token[] = tokenize(text),
): Range[] {
  const parsed: ParsedQuery = Array.isArray(query) ? { terms: query, excluded: [], phrases: [] } : query;
  const matcher = new Matcher(parsed, []);
  return rangesOf(text, tokens, matcher.marks(tokens, { phrases: true }));
}

/**
 * The query to highlight on a page of texts (an article reached from a
 * search): the query as typed, or, when that leaves some of its words
 * unmarked there and the query reads as raw Telex/VNI keystrokes whose
 * reading marks more of its words, the keystroke reading (the engine's second
 * reading found the article through it).
 */
export function highlightQuery(q: string, texts: readonly string[]): ParsedQuery {
  const literal = parseQuery(q);
  const tokens = texts.map((t) => tokenize(t));
  const covered = (p: ParsedQuery) =>
    p.terms.filter((term) => texts.some((t, k) => highlightRanges(t, [term], tokens[k]).length > 0)).length;
  const mine = covered(literal);
  if (mine === literal.terms.length) return literal;
  const keys = readKeystrokes(q);
  const read = keys && parseQuery(keys.text);
  return read && covered(read) > mine ? read : literal;
}

/**
 * Ranges of the marked syllables, sorted and disjoint. Marked syllables
 * separated only by spaces read as one phrase and become one range; a range
 * always starts at a syllable start and ends at a syllable end.
 */
export function rangesOf(text: string, tokens: readonly Token[], marked: ArrayLike<boolean>): Range[] {
  return rangesOfSpans(text, spansOf(tokens), marked);
}

/** rangesOf over syllable offsets ([start, end) pairs). */
export function rangesOfSpans(text: string, spans: Uint32Array, marked: ArrayLike<boolean>): Range[] {
  const out: Range[] = [];
  let prevMarked = -1;
  for (let k = 0; 2 * k < spans.length; k++) {
    if (!marked[k]) continue;
    const start = spans[2 * k]!;
    const end = spans[2 * k + 1]!;
    const prev = out.at(-1);
    if (prev && prevMarked === k - 1 && /^[^\S\n]*$/u.test(text.slice(prev[1], start))) prev[1] = end;
    else out.push([start, end]);
    prevMarked = k;
  }
  return out;
}

function spansOf(tokens: readonly Token[]): Uint32Array {
  const spans = new Uint32Array(2 * tokens.length);
  tokens.forEach((t, k) => {
    spans[2 * k] = t.start;
    spans[2 * k + 1] = t.end;
  });
  return spans;
}

export interface Snippet {
  text: string;
  highlights: Range[];
}

/** About this many syllables of context around the matches. */
export const SNIPPET_SIZE = 30;
// Syllables shown before the first match of the window, for context.
const LEAD_IN = 4;

/**
 * The window of about `size` syllables that holds the most distinct query
 * terms (then the most matches, then the earliest), cut at word boundaries
 * with "…". Whitespace in the window is collapsed; highlights are offsets in
 * the returned snippet text.
 */
export function makeSnippet(
  text: string,
  tokens: readonly Token[],
  termOf: ArrayLike<number>,
  size = SNIPPET_SIZE,
): Snippet {
  return snippetOfSpans(text, spansOf(tokens), termOf, size);
}

/** makeSnippet over syllable offsets ([start, end) pairs). */
export function snippetOfSpans(
  text: string,
  spans: Uint32Array,
  termOf: ArrayLike<number>,
  size = SNIPPET_SIZE,
): Snippet {
  const n = spans.length / 2;
  const [best, last] = snippetWindow(termOf, n, size);
  return renderSnippet({ text, spans, first: 0 }, n, best, last, termOf);
}

/**
 * Which syllables [best, last] a snippet of a text of n syllables shows: the
 * window of `size` that holds the most distinct query terms, then the most
 * matches, then the earliest, opened a few syllables early for context.
 * Needs only what each syllable answers, not the text: the engine reads the
 * text of the window alone.
 */
export function snippetWindow(termOf: ArrayLike<number>, n: number, size = SNIPPET_SIZE): [number, number] {
  if (n === 0) return [0, -1];
  let best = 0;
  let bestKey = -1;
  // Sliding window over [start, start+size) counting distinct terms and hits
  // (a count per term in an array: this runs over every syllable of every hit).
  let top = -1;
  for (let k = 0; k < n; k++) if (termOf[k]! > top) top = termOf[k]!;
  const counts = new Int32Array(top + 1);
  let distinct = 0;
  let hits = 0;
  const add = (k: number, d: number) => {
    const term = termOf[k]!;
    if (term < 0) return;
    hits += d;
    const before = counts[term]!;
    counts[term] = before + d;
    if (before === 0) distinct++;
    else if (before + d === 0) distinct--;
  };
  for (let k = 0; k < Math.min(n, size); k++) add(k, 1);
  // Windows open on a match (or the text's start); near the end they run short
  // rather than stop early: a match in the last `size` syllables opens one too.
  for (let start = 0; start < n; start++) {
    if (start === 0 || termOf[start]! >= 0) {
      const key = distinct * 100_000 + hits;
      if (key > bestKey) {
        bestKey = key;
        best = start;
      }
    }
    add(start, -1);
    if (start + size < n) add(start + size, 1);
  }
  // Context before the match, only into the room the window's matches leave at
  // its end; a window that ran short at the text's end is filled from before it.
  if (best > 0) {
    const end = Math.min(n, best + size) - 1;
    let lastMatch = end;
    while (lastMatch > best && termOf[lastMatch]! < 0) lastMatch--;
    const room = best + size - 1 - lastMatch;
    best = Math.max(0, best - Math.max(Math.min(LEAD_IN, room), best + size - n));
  }
  return [best, Math.min(n, best + size) - 1];
}

/**
 * Part of a text: `spans` are the [start, end) offsets in `text` of
 * syllables first, first + 1, …; `text` runs from the text's start when
 * first is 0, to its end when it holds the text's last syllable, and past
 * each syllable it holds to the next one.
 */
export interface TextPart {
  text: string;
  spans: Uint32Array;
  first: number;
}

/**
 * The snippet of syllables [best, last] of a text of n syllables, from the
 * part of it that holds them: whitespace collapsed, "…" where it is cut
 * (keeping what is glued to the last word), highlights on syllables with a term.
 */
export function renderSnippet(
  part: TextPart,
  n: number,
  best: number,
  last: number,
  termOf: ArrayLike<number>,
): Snippet {
  if (n === 0 || last < best) return { text: "", highlights: [] };
  const { text, spans, first } = part;
  const start = (k: number) => spans[2 * (k - first)]!;
  const end = (k: number) => spans[2 * (k - first) + 1]!;
  // Rebuild the window: syllables and what lies between them, spaces collapsed.
  let out = best === 0 ? collapse(text.slice(0, start(0))).trimStart() : "…";
  const highlights: Range[] = [];
  let prevMarked = false;
  // Most windows have nothing to collapse between their syllables (single
  // spaces, punctuation): the window is then one slice of the text and the
  // highlights its offsets, no string built syllable by syllable. Marked
  // neighbours merge across a space or nothing, as below.
  let plain = true;
  for (let k = best + 1; k <= last && plain; k++) plain = collapsed(text, end(k - 1), start(k));
  if (plain) {
    const shift = out.length - start(best);
    for (let k = best; k <= last; k++) {
      if (termOf[k]! >= 0) {
        const gap = k > best ? start(k) - end(k - 1) : -1;
        if (prevMarked && (gap === 0 || (gap === 1 && text.charCodeAt(end(k - 1)) === 32)))
          highlights.at(-1)![1] = end(k) + shift;
        else highlights.push([start(k) + shift, end(k) + shift]);
        prevMarked = true;
      } else prevMarked = false;
    }
    out += text.slice(start(best), end(last));
  } else {
    for (let k = best; k <= last; k++) {
      if (k > best) out += collapse(text.slice(end(k - 1), start(k)));
      const at = out.length;
      out += text.slice(start(k), end(k));
      if (termOf[k]! >= 0) {
        const prev = highlights.at(-1);
        if (prev && prevMarked && /^ ?$/.test(out.slice(prev[1], at))) prev[1] = out.length;
        else highlights.push([at, out.length]);
        prevMarked = true;
      } else prevMarked = false;
    }
  }
  if (last === n - 1) out += collapse(text.slice(end(last))).trimEnd();
  else {
    // Keep what is glued to the last word (a closing quote, a comma), then cut.
    const glued = /^[^\s\p{L}\p{N}]*/u.exec(text.slice(end(last)))![0];
    out += `${glued}…`;
  }
  return { text: out, highlights };
}

/** True when text[from, to) is its own collapse: no whitespace but single spaces. */
function collapsed(text: string, from: number, to: number): boolean {
  let space = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (isSpace(c)) return false;
    else space = false;
  }
  return true;
}

/** The characters of the regex class \s but the plain space. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function collapse(s: string): string {
  // Most gaps between syllables are one space already: no regex for those.
  return s === " " || s === "" ? s : s.replace(/\s+/g, " ");
}
