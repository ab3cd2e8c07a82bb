import { fold } from "../text";
import type { QueryTerm } from "./query";

/**
 * Fast phrase check on raw article text, so that a quoted query does not
 * tokenize every article holding its syllables. The regex encodes exactly
 * what Matcher.phraseAt decides on tokens (syllables adjacent and in order;
 * accented ones in their exact, tone-normalized form, others in any form),
 * for text made of precomposed Latin/Vietnamese letters. Texts outside that
 * (combining marks, joiners, other scripts) return null: use the tokens.
 */

// Characters a syllable may contain besides letters and digits (see lib/text tokenize).
const JOINERS = "\\u200C\\u200D\\u2060\\u00AD";
const WORD = `\\p{L}\\p{M}\\p{N}${JOINERS}`;
const SIMPLE_TEXT = /[^\u0000-\u024F\u1E00-\u1EFF\u2000-\u206F]|[\u0300-\u036F\u200C\u200D\u2060\u00AD]/u;

// Every precomposed letter, grouped by its folded form ("a" → "aàáảãạăằ…ÀÁ…").
let variants: Map<string, string> | undefined;
function letterClass(c: string): string {
  if (!variants) {
    variants = new Map();
    const add = (ch: string) => {
      const f = fold(ch);
      if (f.length === 1) variants!.set(f, (variants!.get(f) ?? "") + ch);
    };
    for (let cp = 0x30; cp <= 0x24f; cp++) add(String.fromCodePoint(cp));
    for (let cp = 0x1e00; cp <= 0x1eff; cp++) add(String.fromCodePoint(cp));
  }
  const v = variants.get(c);
  return v ? `[${v}]` : escape(c);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

// The old tone placement of a syllable-final oa/oe/uy ("hòa" → "hoà"): the
// text may be written either way, and both mean the same exact form.
const NEW_STYLE = /([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])$|(?<![qQ])([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])$/u;
export function spellings(exact: string): string[] {
  const nfd = exact.normalize("NFD");
  const old = nfd.replace(NEW_STYLE, (_m, o, t1, a, u, t2, y) => (o !== undefined ? `${o}${a}${t1}` : `${u}${y}${t2}`));
  const out = [exact];
  if (old !== nfd) out.push(old.normalize("NFC"));
  return out;
}

function syllablePattern(q: QueryTerm): string {
  const tail = q.prefix ? `[${WORD}]*` : "";
  if (q.accented) return `(?:${spellings(q.exact).map(escape).join("|")})${tail}`;
  return [...q.folded].map(letterClass).join("") + tail;
}

const cache = new Map<string, RegExp>();

/** The regex for a phrase (its terms in order). */
export function phraseRegex(terms: readonly QueryTerm[]): RegExp {
  const key = JSON.stringify(terms.map((t) => [t.exact, t.accented, t.prefix]));
  let re = cache.get(key);
  if (!re) {
    const body = terms.map(syllablePattern).join(`[^${WORD}]+`);
    re = new RegExp(`(?<![${WORD}])${body}(?![${WORD}])`, "iu");
    if (cache.size > 200) cache.clear();
    cache.set(key, re);
  }
  return re;
}

/** True when the regex check is exact for this text (precomposed Latin/Vietnamese only). */
export function regexReadable(text: string): boolean {
  return !SIMPLE_TEXT.test(text);
}

/** Whether text holds the phrase, or null when the text needs the tokenizer to tell. */
export function hasPhrase(text: string, terms: readonly QueryTerm[], readable = regexReadable(text)): boolean | null {
  return readable ? phraseRegex(terms).test(text) : null;
}
