import { normalizeText } from "./normalize";

const COMBINING_MARKS = /\p{M}/gu;

/**
 * The exact search form of a word: normalized, lower-cased, diacritics kept.
 * "Thành uỷ" → "thành ủy".
 */
export function exactForm(text: string): string {
  return normalizeText(text).toLocaleLowerCase("vi");
}

/**
 * The folded search form: exact form without any diacritic, đ → d.
 * "Dân vận KHÉO" → "dan van kheo". Idempotent.
 */
export function fold(text: string): string {
  return exactForm(text).normalize("NFD").replace(COMBINING_MARKS, "").replace(/đ/g, "d").normalize("NFC");
}

/** True when the text carries any Vietnamese diacritic (or đ). */
export function hasDiacritics(text: string): boolean {
  return fold(text) !== exactForm(text);
}
