/**
 * Canonical Vietnamese text form: the one place that decides what "the same
 * text" means before any comparison. Indexing, querying and highlighting all
 * go through here (and through fold.ts, which builds on it).
 */
import { unifyCharacters } from "./clean";
import { placeToneNFD } from "./syllable";

export { cleanText } from "./clean";

// A word that may hold a tone mark: any letter beyond ASCII (precomposed Latin letters
// in NFC, such as "ệ" and the "ṭ" a tone typed on a consonant composes to, or a
// combining mark a letter kept). Words of plain ASCII have nothing to move.
const ACCENTED = "\\u00C0-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF";
const TONED_NFC = new RegExp(`[${ACCENTED}]`, "u");
const TONED_WORD_NFC = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])[\\p{L}\\p{M}\\p{N}]*[${ACCENTED}][\\p{L}\\p{M}\\p{N}]*`,
  "gu",
);

/**
 * Puts every syllable's tone mark where the spelling rule puts it, whichever
 * vowel it was typed on ("hòang" → "hoàng", "lựơng" → "lượng", "qúy" →
 * "quý", "baì" → "bài"), and reduces a doubled tone ("dàì" → "dài"). Final
 * oa/oe/uy keep the placement these archives mostly use, on the first vowel:
 * "hoà" → "hòa", "khoẻ" → "khỏe", "thuỷ" → "thủy" ("quý" is qu + y). Works
 * per word on NFD text, so case and vowel quality are kept; words without a
 * tone mark, or that are not one Vietnamese syllable, are left as they are.
 * Output is NFC.
 */
export function normalizeTonePlacement(text: string): string {
  // Work on NFC words: only a word holding a toned letter can change, and each
  // distinct word is placed once (memo), so a whole article is never taken
  // apart into NFD and put back together.
  const nfc = text.normalize("NFC");
  if (!TONED_NFC.test(nfc)) return nfc;
  return nfc.replace(TONED_WORD_NFC, placed);
}

// A text has a few thousand distinct words: each is placed once. Bounded, so
// that a stream of junk words cannot grow it without end.
const PLACED_LIMIT = 100_000;
const placedMemo = new Map<string, string>();
function placed(word: string): string {
  let out = placedMemo.get(word);
  if (out === undefined) {
    if (placedMemo.size >= PLACED_LIMIT) placedMemo.clear();
    out = placeToneNFD(word.normalize("NFD")).normalize("NFC");
    placedMemo.set(word, out);
  }
  return out;
}

/**
 * The canonical written form of a text: NFC, tone placement unified, invisible
 * joiners removed, every space variant a plain space, every dash a hyphen and
 * Ð/ð written Đ/đ. Case and diacritics are kept: this is what "exact"
 * matching compares.
 */
export function normalizeText(text: string): string {
  return normalizeTonePlacement(unifyCharacters(text));
}
