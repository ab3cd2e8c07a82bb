/**
 * Canonical Vietnamese text form: the one place that decides what "the same
 * text" means before any comparison. Indexing, querying and highlighting all
 * go through here (and through fold.ts, which builds on it).
 */
import { unifyCharacters } from "./clean";
import { HAS_TONE_MARK, placeToneNFD } from "./syllable";

export { cleanText } from "./clean";

// A word as the tone rule sees it: letters, their marks, and digits (a word
// with digits is no syllable and is left alone). Only words holding a tone
// mark match: the others have nothing to move.
const TONED_WORD = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{M}\p{N}]*[\u0300\u0301\u0303\u0309\u0323][\p{L}\p{M}\p{N}]*/gu;

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
  const nfd = text.normalize("NFD");
  if (!HAS_TONE_MARK.test(nfd)) return nfd.normalize("NFC");
  return nfd.replace(TONED_WORD, placed).normalize("NFC");
}

// A text has a few thousand distinct words: each is placed once. Bounded, so
// that a stream of junk words cannot grow it without end.
const PLACED_LIMIT = 100_000;
const placedMemo = new Map<string, string>();
function placed(word: string): string {
  let out = placedMemo.get(word);
  if (out === undefined) {
    if (placedMemo.size >= PLACED_LIMIT) placedMemo.clear();
    out = placeToneNFD(word);
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
