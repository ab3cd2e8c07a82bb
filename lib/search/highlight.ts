import { type Token, tokenize } from "../text";
import { type QueryTerm, termMatches } from "./query";
import type { Range } from "./types";

/** Ranges of the syllables in text that answer any query term, sorted and disjoint. */
export function highlightRanges(text: string, terms: QueryTerm[], tokens: Token[] = tokenize(text)): Range[] {
  if (terms.length === 0) return [];
  const out: Range[] = [];
  for (const t of tokens) {
    if (terms.some((q) => termMatches(q, t.folded))) {
      const prev = out.at(-1);
      // Adjacent matches separated only by spaces read as one phrase.
      if (prev && /^\s*$/u.test(text.slice(prev[1], t.start))) prev[1] = t.end;
      else out.push([t.start, t.end]);
    }
  }
  return out;
}

export interface Snippet {
  text: string;
  highlights: Range[];
}

/**
 * The window of about `size` syllables that holds the most distinct query
 * terms (then the most matches), cut at syllable boundaries with "…".
 */
export function makeSnippet(text: string, terms: QueryTerm[], size = 30): Snippet {
  const tokens = tokenize(text);
  if (tokens.length === 0) return { text: "", highlights: [] };
  const hitTerm = tokens.map((t) => terms.findIndex((q) => termMatches(q, t.folded)));

  let best = 0;
  let bestKey = -1;
  if (terms.length > 0) {
    for (let start = 0; start < tokens.length; start++) {
      if (hitTerm[start] === -1 && start > 0) continue; // windows open on a match (or at the top)
      const seen = new Set<number>();
      let matches = 0;
      for (let k = start; k < Math.min(tokens.length, start + size); k++) {
        const h = hitTerm[k]!;
        if (h >= 0) {
          seen.add(h);
          matches++;
        }
      }
      const key = seen.size * 1000 + matches;
      if (key > bestKey) {
        bestKey = key;
        best = start;
      }
    }
    // Give the first match a little context before it.
    if (best > 0) best = Math.max(0, best - 4);
  }
  const last = Math.min(tokens.length, best + size) - 1;
  const from = best === 0 ? 0 : tokens[best]!.start;
  const to = last === tokens.length - 1 ? text.length : tokens[last]!.end;
  const head = from > 0 ? "…" : "";
  const tail = to < text.length ? "…" : "";
  const body = text.slice(from, to).replace(/\s+/g, " ").trim();
  const snippetText = head + body + tail;
  return { text: snippetText, highlights: highlightRanges(snippetText, terms) };
}
