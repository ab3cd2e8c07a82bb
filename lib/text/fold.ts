import { fold } from "./fold-chars";
import { normalizeText } from "./normalize";

export { fold };

/**
 * The exact search form of a word: normalized, lower-cased, diacritics kept.
 * "Thành uỷ" → "thành ủy".
 */
export function exactForm(text: string): string {
  return normalizeText(text).toLocaleLowerCase("vi");
}

/** True when the text carries any Vietnamese diacritic (or đ). */
export function hasDiacritics(text: string): boolean {
  return fold(text) !== exactForm(text);
}
