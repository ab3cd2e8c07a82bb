import { unifyCharacters } from "./clean";

const COMBINING_MARKS = /\p{M}/gu;

/**
 * The folded search form: lower case, no diacritic, đ → d ("Dân vận KHÉO" →
 * "dan van kheo"). Idempotent. Where a tone mark was typed does not matter
 * once every mark is gone, so this needs only the character-level cleanup,
 * not the syllable rules: the browser imports it from here alone.
 */
export function fold(text: string): string {
  return unifyCharacters(text)
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}
