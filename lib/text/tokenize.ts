import { exactForm, fold } from "./fold";

/** One syllable of a text, with where it sits in the original string. */
export interface Token {
  /** Offset of the first UTF-16 code unit in the original text. */
  start: number;
  /** Offset just past the last code unit in the original text. */
  end: number;
  /** Lower-case, tone-normalized, diacritics kept. */
  exact: string;
  /** Lower-case, no diacritics. */
  folded: string;
}

// A syllable starts with a letter and runs over letters, combining marks,
// digits and invisible joiners; or it is a number: digits (with their marks
// and joiners) and thousands groups ("140.000", "1,500": a dot or comma
// followed by exactly three digits). A unit glued to a number starts a
// syllable of its own ("600m" → "600" "m", "140.000đ" → "140.000" "đ").
// Anything else (spaces of every kind, punctuation, dashes, slashes) separates.
const SYLLABLE =
  /\p{N}(?:[\p{N}\p{M}\u200C\u200D\u2060\u00AD]|[.,](?=\p{N}{3}(?!\p{N})))*|\p{L}[\p{L}\p{M}\p{N}\u200C\u200D\u2060\u00AD]*/gu;
// Within Latin, Vietnamese and general punctuation, a syllable match always
// starts and ends on a grapheme boundary. Outside them (emoji modifiers,
// prepended marks…) boundaries are snapped with Intl.Segmenter, the slow path.
const NEEDS_SEGMENTER = /[^\u0000-\u024F\u0300-\u036F\u1E00-\u1EFF\u2000-\u206F]/u;
let segmenter: Intl.Segmenter | undefined;

function graphemeBoundaries(text: string): number[] {
  segmenter ??= new Intl.Segmenter("vi", { granularity: "grapheme" });
  const bounds: number[] = [];
  for (const g of segmenter.segment(text)) bounds.push(g.index);
  bounds.push(text.length);
  return bounds;
}

// A corpus has a few tens of thousands of distinct written syllables, so the
// (costly) normalization of each is computed once and shared. The memo is
// bounded so that a stream of junk tokens cannot grow it without end.
const MEMO_LIMIT = 200_000;
const memo = new Map<string, { exact: string; folded: string }>();

function syllableForms(raw: string): { exact: string; folded: string } {
  let forms = memo.get(raw);
  if (forms === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    forms = { exact: exactForm(raw), folded: fold(raw) };
    memo.set(raw, forms);
  }
  return forms;
}

/**
 * Splits a text into syllables. Offsets point into the text as given (NFC or
 * NFD alike), so highlights can be drawn on the original.
 */
export function tokenize(text: string): Token[] {
  const bounds = NEEDS_SEGMENTER.test(text) ? graphemeBoundaries(text) : undefined;
  const tokens: Token[] = [];
  let b = 0;
  for (const m of text.matchAll(SYLLABLE)) {
    let start = m.index;
    let end = start + m[0].length;
    if (bounds) {
      while (b + 1 < bounds.length && bounds[b + 1]! <= start) b++;
      start = bounds[b]!;
      while (bounds[b]! < end) b++;
      end = bounds[b]!;
      const prev = tokens.at(-1);
      if (prev && start < prev.end) start = prev.end;
      if (start >= end) continue;
    }
    const forms = syllableForms(text.slice(start, end));
    if (forms.exact.length === 0) continue; // only joiners
    tokens.push({ start, end, exact: forms.exact, folded: forms.folded });
  }
  return tokens;
}

/**
 * Where the syllables of a text are, as [start, end) pairs, without
 * normalizing them: for text whose syllables are already known (the search
 * index holds their forms). Null when the text needs the grapheme-aware slow
 * path; then use tokenize. Same boundaries as tokenize otherwise.
 */
export function syllableSpans(text: string): Uint32Array | null {
  if (NEEDS_SEGMENTER.test(text)) return null;
  const cls = charClasses();
  const out: number[] = [];
  const n = text.length;
  const digit = (i: number) => i < n && cls[text.charCodeAt(i)] === DIGIT;
  let k = 0;
  while (k < n) {
    const c = cls[text.charCodeAt(k)]!;
    if (c < LETTER) {
      k++;
      continue;
    }
    const start = k++;
    if (c === LETTER) while (k < n && cls[text.charCodeAt(k)]! > 0) k++;
    else
      for (;;) {
        const d = k < n ? cls[text.charCodeAt(k)]! : 0;
        if (d === CONTINUES || d === DIGIT) k++;
        else if (isGroupMark(text.charCodeAt(k)) && digit(k + 1) && digit(k + 2) && digit(k + 3) && !digit(k + 4)) k++;
        else break;
      }
    out.push(start, k);
  }
  return Uint32Array.from(out);
}

/** "." or "," (a thousands separator when exactly three digits follow). */
const isGroupMark = (c: number) => c === 0x2e || c === 0x2c;

// Per code unit of the fast-path ranges: does it only continue a syllable
// (mark, joiner), start one as a letter or as a digit, or neither. Derived
// from SYLLABLE.
const CONTINUES = 1;
const LETTER = 2;
const DIGIT = 3;
let classes: Uint8Array | undefined;
function charClasses(): Uint8Array {
  if (!classes) {
    classes = new Uint8Array(0x2070);
    const letter = /^\p{L}$/u;
    const digit = /^\p{N}$/u;
    const rest = /^[\p{M}\u200C\u200D\u2060\u00AD]$/u;
    for (let c = 0; c < classes.length; c++) {
      const ch = String.fromCharCode(c);
      classes[c] = letter.test(ch) ? LETTER : digit.test(ch) ? DIGIT : rest.test(ch) ? CONTINUES : 0;
    }
  }
  return classes;
}
