/**
 * Raw Telex and VNI keystrokes read as the Vietnamese they were meant to
 * type: "daan vaanj kheos" and "da6n va6n5" are what a Vietnamese keyboard
 * sends when its input method is off. Pure functions; the search engine uses
 * the reading only as a second reading of a query the literal one does not
 * answer.
 *
 * Within a word the keys are read the way input methods read them, in any
 * order after the vowel ("tieesng" = "tieengs" = "tiếng"):
 *   Telex  aa ee oo → â ê ô (also with a final between: "giamaf" → "giầm"),
 *          aw ow uw → ă ơ ư (uow → ươ, uuw → ưu), w alone → ư,
 *          dd → đ; tones s f r x j (sắc huyền hỏi ngã nặng), z none
 *   VNI    6 → â ê ô, 7 → ơ ư (uo7 → ươ), 8 → ă, 9 → đ; tones 1–5, 0 none
 * and the tone then goes where the spelling rule puts it. A repeated tone key
 * keeps its tone ("cheess" → "chế").
 */
import { isSyllable, placeToneNFD } from "./syllable";

export type KeystrokeScheme = "telex" | "vni";

export interface KeystrokeReading {
  /** The query as Vietnamese ("dân vận khéo"); words that were not keystrokes as typed. */
  text: string;
  scheme: KeystrokeScheme;
}

const GRAVE = "\u0300";
const ACUTE = "\u0301";
const TILDE = "\u0303";
const HOOK = "\u0309";
const DOT = "\u0323";
const TELEX_TONES: Record<string, string> = { s: ACUTE, f: GRAVE, r: HOOK, x: TILDE, j: DOT, z: "" };
const VNI_TONES: Record<string, string> = { "1": ACUTE, "2": GRAVE, "3": HOOK, "4": TILDE, "5": DOT, "0": "" };
const MARK = { "": "", circ: "\u0302", breve: "\u0306", horn: "\u031B" } as const;

interface Letter {
  base: string;
  upper: boolean;
  mod: keyof typeof MARK;
  /** The horn came with the o of "uo" + w/7, not from its own key. */
  auto?: boolean;
}

const isVowel = (l: Letter | undefined) => l !== undefined && "aeiouy".includes(l.base);

/** Horn (Telex w, VNI 7): on "uo" both (not the u of qu), else the last o or u; Telex w also makes a breve. */
function horn(ls: Letter[], breve: boolean): boolean {
  for (let i = ls.length - 2; i >= 0; i--) {
    const [u, o] = [ls[i]!, ls[i + 1]!];
    if (u.base === "u" && o.base === "o" && o.mod !== "horn" && ls[i - 1]?.base !== "q") {
      if (u.mod !== "horn") {
        u.mod = "horn";
        u.auto = true;
      }
      o.mod = "horn";
      return true;
    }
  }
  for (let i = ls.length - 1; i >= 0; i--) {
    const l = ls[i]!;
    if (!isVowel(l)) continue;
    if (l.mod !== "" && l.mod !== "circ") continue;
    if (l.base === "o" || (l.base === "u" && ls[i - 1]?.base !== "q")) {
      // "uu" takes its horn on the first u: "huuw" → "hưu", "luuwj" → "lựu".
      const first = l.base === "u" && ls[i - 1]?.base === "u" && ls[i - 1]!.mod === "" ? ls[i - 1]! : l;
      first.mod = "horn";
      return true;
    }
    if (breve && l.base === "a") {
      l.mod = "breve";
      return true;
    }
  }
  return false;
}

/**
 * Telex aa/ee/oo: the vowel a repeated vowel key gives its circumflex, the
 * last vowel when it is that letter, unmarked, and only consonants follow it
 * ("aa", "chuaarn", and "giamaf" → "giầm" as input methods allow).
 */
function circumflexTarget(ls: Letter[], key: string): Letter | undefined {
  for (let i = ls.length - 1; i >= 0; i--) {
    const l = ls[i]!;
    if (!isVowel(l)) continue;
    return l.base === key && l.mod === "" ? l : undefined;
  }
  return undefined;
}

/**
 * One word's keys read under a scheme: the Vietnamese syllable and whether
 * any key was read as a mark, or null when keys were read as marks but what
 * they make is no Vietnamese syllable.
 */
function decodeWord(word: string, scheme: KeystrokeScheme): { text: string; changed: boolean } | null {
  const ls: Letter[] = [];
  let tone = "";
  let changed = false;
  const tones = scheme === "telex" ? TELEX_TONES : VNI_TONES;
  for (const ch of word) {
    const key = ch.toLowerCase();
    const upper = ch !== key;
    const last = ls.at(-1);
    const hasVowel = ls.some(isVowel);
    let used = false;
    if (key in tones && hasVowel) {
      tone = tones[key]!;
      used = true;
    } else if (scheme === "telex") {
      if (key === "d" && last?.base === "d") {
        last.base = "đ";
        used = true;
      } else if ("aeo".includes(key) && circumflexTarget(ls, key)) {
        circumflexTarget(ls, key)!.mod = "circ";
        used = true;
      } else if (key === "w") {
        used = horn(ls, true);
        if (!used && !hasVowel) {
          ls.push({ base: "u", upper, mod: "horn" });
          used = true;
          changed = true;
          continue;
        }
      }
    } else if (key === "6" || key === "8") {
      const target = ls.findLast((l) => (key === "6" ? "aeo".includes(l.base) : l.base === "a"));
      if (target && isVowel(target)) {
        target.mod = key === "6" ? "circ" : "breve";
        used = true;
      }
    } else if (key === "7") {
      used = horn(ls, false);
    } else if (key === "9") {
      const d = ls.find((l) => l.base === "d");
      if (d) {
        d.base = "đ";
        used = true;
      }
    }
    if (used) changed = true;
    else ls.push({ base: key, upper, mod: "" });
  }
  if (!changed) return { text: word, changed };
  // "ưo", "uơ" before more letters are "ươ" ("mu7o5n" → "mượn", "thuowngf" →
  // "thương"); at the end, "uơ" stays unless its u was horned on its own ("thuowr" → "thuở").
  for (let i = 0; i + 1 < ls.length; i++) {
    const [u, o] = [ls[i]!, ls[i + 1]!];
    if (u.base !== "u" || o.base !== "o" || ls[i - 1]?.base === "q") continue;
    const more = i + 2 < ls.length;
    if (u.mod === "horn" && o.mod === "" && more) o.mod = "horn";
    else if (u.mod === "" && o.mod === "horn" && more) u.mod = "horn";
    else if (u.auto && !more) u.mod = "";
  }
  let nfd = "";
  let lastVowel = -1;
  ls.forEach((l, k) => {
    if (isVowel(l)) lastVowel = k;
  });
  ls.forEach((l, k) => {
    const base = l.upper ? l.base.toUpperCase() : l.base;
    nfd += base.normalize("NFD") + MARK[l.mod] + (k === lastVowel ? tone : "");
  });
  const text = placeToneNFD(nfd).normalize("NFC");
  return isSyllable(text) ? { text, changed } : null;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The query read as Telex or VNI keystrokes, or null when it is not plausibly
 * keystrokes: some word must be read through its keys, every such word must
 * make a Vietnamese syllable, and every other word must already read as one
 * (or be a number, an abbreviation in capitals, or typed with diacritics).
 * Telex is tried first; the schemes are not mixed within a query.
 */
export function readKeystrokes(query: string): KeystrokeReading | null {
  if (!/[A-Za-z]/.test(query)) return null;
  for (const scheme of ["telex", "vni"] as const) {
    let changed = false;
    let ok = true;
    const text = query.replace(WORD, (w) => {
      if (!ok || !/^[A-Za-z0-9]+$/.test(w) || /^[0-9]+$/.test(w)) return w;
      const r = decodeWord(w, scheme);
      if (r === null) ok = false;
      else if (r.changed) {
        changed = true;
        return r.text;
      } else if (!isSyllable(w) && !/[A-Z]/.test(w) && !(scheme === "telex" && /[0-9]/.test(w))) ok = false;
      return w;
    });
    if (ok && changed) return { text, scheme };
  }
  return null;
}

/** The query's Vietnamese if it was typed as raw Telex or VNI keystrokes ("daan vaanj" → "dân vận"), else null. */
export function decodeKeystrokes(query: string): string | null {
  return readKeystrokes(query)?.text ?? null;
}
