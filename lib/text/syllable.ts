/**
 * Vietnamese syllables as written: their shape (initial consonant, vowel
 * cluster, final consonant) and the vowel the spelling rule gives the tone
 * mark. Everything here works on NFD text, one letter and its combining marks
 * at a time, so case and vowel quality (ă â ê ô ơ ư) stay exactly as typed:
 * only the tone mark moves.
 */

/** Tone marks as combining characters (NFD): grave, acute, tilde, hook above, dot below. */
export const TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const HORN = "\u031B";

const HAS_TONE_MARK = new RegExp(`[${TONE_MARKS}]`);

const VOWELS = new Set([..."aăâeêioôơuưy"]);
const MARKED = new Set([..."ăâêôơư"]);
const INITIALS = new Set("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split(" ").concat(""));
const FINALS = new Set("c ch m n ng nh p t".split(" ").concat(""));
// Vowel clusters that may stand before a final consonant (or end the syllable).
const CLOSABLE = new Set("a ă â e ê i o ô ơ u ư y iê yê uô ươ oa oă oe oo uâ uê uy uyê".split(" "));
// Vowel clusters that end the syllable: they end in a glide (i/y/o/u) or are open-only.
const OPEN_ONLY = new Set(
  "ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ưa ua uơ iêu yêu oai oay oeo uây uôi ươi ươu uya uyu".split(" "),
);

/** A letter of a syllable: its base (lower case, quality mark applied, no tone). */
interface Unit {
  /** The letter as typed, without its tone mark (NFD). */
  text: string;
  /** Lower case, NFC, no tone: "ơ", "đ", "n". */
  letter: string;
  /** The tone marks typed on this letter. */
  tones: string;
}

interface SyllableShape {
  /** Index of the first letter of the vowel cluster. */
  vowelStart: number;
  /** The vowel cluster, lower case, no tone ("ươ", "oai"). */
  cluster: string;
  /** A final consonant follows the cluster. */
  closed: boolean;
}

/**
 * Splits an NFD word into letters with their marks. Null when it holds
 * anything but Latin letters a–z, đ and the Vietnamese combining marks (a
 * quality mark only where Vietnamese has it: â ê ô ă ơ ư).
 */
function units(word: string): Unit[] | null {
  const out: Unit[] = [];
  for (const ch of word) {
    if (TONE_MARKS.includes(ch)) {
      const u = out.at(-1);
      if (!u) return null;
      u.tones += ch;
      continue;
    }
    if (ch === CIRCUMFLEX || ch === BREVE || ch === HORN) {
      const u = out.at(-1);
      if (!u) return null;
      const base = u.letter;
      const ok = ch === CIRCUMFLEX ? "aeo".includes(base) : ch === BREVE ? base === "a" : "ou".includes(base);
      if (!ok) return null;
      u.text += ch;
      u.letter = (base + ch).normalize("NFC");
      continue;
    }
    const lower = ch.toLowerCase();
    if (!/^[a-zđ]$/.test(lower)) return null;
    out.push({ text: ch, letter: lower, tones: "" });
  }
  return out;
}

/**
 * The shape of a syllable given as its letters (lower case, no tone), or
 * null when it is not one Vietnamese syllable: initial consonant (qu and gi
 * count as one when a vowel follows), a vowel cluster of the language, a
 * final consonant (c ch m n ng nh p t) only where the cluster takes one.
 */
function syllableShape(letters: readonly string[]): SyllableShape | null {
  const n = letters.length;
  let i = 0;
  while (i < n && !VOWELS.has(letters[i]!)) i++;
  let initial = letters.slice(0, i).join("");
  if (initial === "q") {
    if (letters[i] !== "u" || !VOWELS.has(letters[i + 1] ?? "")) return null;
    initial = "qu";
    i++;
  } else if (initial === "g" && letters[i] === "i" && VOWELS.has(letters[i + 1] ?? "")) {
    initial = "gi";
    i++;
  }
  if (!INITIALS.has(initial)) return null;
  let j = i;
  while (j < n && VOWELS.has(letters[j]!)) j++;
  if (j === i) return null;
  const cluster = letters.slice(i, j).join("");
  const final = letters.slice(j).join("");
  if (!FINALS.has(final)) return null;
  if (final === "" ? !OPEN_ONLY.has(cluster) && !CLOSABLE.has(cluster) : !CLOSABLE.has(cluster)) return null;
  return { vowelStart: i, cluster, closed: final !== "" };
}

/**
 * Which vowel of a cluster carries the tone (index into the cluster):
 * - a vowel with a quality mark (ă â ê ô ơ ư) does, the last one if two
 *   ("ươ" → ơ): "lượng", "thuở", "nghiệm";
 * - else, before a final consonant, the last vowel: "hoàng", "huỳnh";
 * - else, of three vowels the middle one ("ngoài", "khuỷu"), of two the first
 *   ("bài", "mùa"). That includes final oa/oe/uy: "hòa", "khỏe", "thủy", the
 *   placement this module has always made canonical ("hoà" is the same word).
 */
function tonePosition(cluster: string, closed: boolean): number {
  const vowels = [...cluster];
  let marked = -1;
  vowels.forEach((v, k) => {
    if (MARKED.has(v)) marked = k;
  });
  if (marked >= 0) return marked;
  if (closed) return vowels.length - 1;
  return vowels.length === 3 ? 1 : 0;
}

/**
 * One NFD word with its tone mark on the vowel the spelling rule chooses,
 * whichever letter it was typed on, and a doubled tone ("dàì") reduced to
 * one. Words without a tone mark, with two different tones, or that are not
 * one Vietnamese syllable come back unchanged. Output is NFD.
 */
export function placeToneNFD(word: string): string {
  if (!HAS_TONE_MARK.test(word)) return word;
  const us = units(word);
  if (!us) return word;
  let tone = "";
  for (const u of us)
    for (const t of u.tones) {
      if (tone !== "" && t !== tone) return word;
      tone = t;
    }
  const shape = syllableShape(us.map((u) => u.letter));
  if (!shape) return word;
  const at = shape.vowelStart + tonePosition(shape.cluster, shape.closed);
  let out = "";
  us.forEach((u, k) => {
    out += k === at ? u.text + tone : u.text;
  });
  return out;
}

/** True when an NFC or NFD word is one Vietnamese syllable (tones and case aside). */
export function isSyllable(word: string): boolean {
  const us = units(word.normalize("NFD"));
  return us !== null && us.length > 0 && syllableShape(us.map((u) => u.letter)) !== null;
}
