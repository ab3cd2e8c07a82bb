/**
 * The character-level half of normalization (no syllable rules), kept apart
 * so that code needing only it (the browser's fold for facet filters) does
 * not carry the tone-placement tables.
 */

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

/**
 * Display-safe cleanup: NFC, invisible joiners removed, every space variant a
 * plain space. Keeps the writer's dashes and tone placement, so it is what the
 * app shows; matching goes through normalizeText.
 */
export function cleanText(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE_JOINERS, "").replace(SPACES, " ");
}

/** cleanText, every dash a hyphen and Ð/ð written Đ/đ: normalizeText before tone placement. */
export function unifyCharacters(text: string): string {
  return cleanText(text)
    .replace(DASHES, "-")
    .replace(ETH, (c) => (c === "\u00D0" ? "\u0110" : "\u0111"));
}
