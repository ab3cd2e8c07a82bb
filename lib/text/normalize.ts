/**
 * Canonical Vietnamese text form: the one place that decides what "the same
 * text" means before any comparison. Indexing, querying and highlighting all
 * go through here (and through fold.ts, which builds on it).
 */

// Tone marks as combining characters (NFD): grave, acute, tilde, hook above, dot below.
const TONE = "\u0300\u0301\u0303\u0309\u0323";

// Old-style tone placement puts the mark on the second vowel of a syllable-final
// oa/oe/uy ("hoà", "khoẻ", "thuỷ"); the form these archives mostly use puts it on
// the first ("hòa", "khỏe", "thủy"). "qu" + y is a consonant + vowel ("quý"), so
// it is left alone. Works on NFD text so that case and vowel quality are kept.
const OLD_TONE_PLACEMENT = new RegExp(
  `(?<![qQ])([oO])([aAeE])([${TONE}])(?![\\p{L}\\p{M}\\p{N}])|(?<![qQ])([uU])([yY])([${TONE}])(?![\\p{L}\\p{M}\\p{N}])`,
  "gu",
);

// Characters that join or hide inside words without meaning anything:
// zero-width non-joiner/joiner, word joiner, soft hyphen, BOM.
const INVISIBLE_JOINERS = /[\u200C\u200D\u2060\u00AD\uFEFF]/g;
// Space-like characters, including non-breaking and zero-width space.
const SPACES = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g;
// Dash variants: hyphen, non-breaking hyphen, figure/en/em dash, horizontal
// bar, minus, two- and three-em dash, small and full-width hyphen-minus.
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;
// Eth (Ð U+00D0, ð U+00F0) looks like Vietnamese đ and is what text converted
// from old 8-bit encodings (and some keyboards) often holds instead of Đ/đ.
const ETH = /[\u00D0\u00F0]/g;

/** Moves old-style tone marks to the first vowel of oa/oe/uy. Output is NFC. */
export function normalizeTonePlacement(text: string): string {
  return text
    .normalize("NFD")
    .replace(OLD_TONE_PLACEMENT, (_m, o, a, t1, u, y, t2) => (o !== undefined ? `${o}${t1}${a}` : `${u}${t2}${y}`))
    .normalize("NFC");
}

/**
 * Display-safe cleanup: NFC, invisible joiners removed, every space variant a
 * plain space. Keeps the writer's dashes and tone placement, so it is what the
 * app shows; matching goes through normalizeText.
 */
export function cleanText(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE_JOINERS, "").replace(SPACES, " ");
}

/**
 * The canonical written form of a text: NFC, tone placement unified, invisible
 * joiners removed, every space variant a plain space, every dash a hyphen and
 * Ð/ð written Đ/đ. Case and diacritics are kept: this is what "exact"
 * matching compares.
 */
export function normalizeText(text: string): string {
  return normalizeTonePlacement(
    cleanText(text)
      .replace(DASHES, "-")
      .replace(ETH, (c) => (c === "\u00D0" ? "\u0110" : "\u0111")),
  );
}
