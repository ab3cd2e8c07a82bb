/**
 * Vietnamese-shaped syllables (onset + rhyme + tone) for the long tail of the
 * synthetic vocabulary. The curated word lists give the common words; real
 * archives also hold thousands of rarer syllables, and those decide how far a
 * prefix or a typo expands, so the tail must look like the language: the same
 * onsets and rhymes, stop-final rhymes only with the sắc and nặng tones, and
 * tones on the vowel Vietnamese puts them on.
 */

const ONSETS = [
  "",
  "b",
  "c",
  "ch",
  "d",
  "đ",
  "g",
  "gh",
  "gi",
  "h",
  "k",
  "kh",
  "l",
  "m",
  "n",
  "ng",
  "ngh",
  "nh",
  "ph",
  "qu",
  "r",
  "s",
  "t",
  "th",
  "tr",
  "v",
  "x",
];

const RHYMES = (
  "a ai am an ang anh ao au ay ac at ach ăm ăn ăng ăc ăt âm ân âng âu ây âc ât e em en eo ec et ê êm ên ênh êu êch êt " +
  "i ia im in inh iu ich it iêm iên iêng iêu iêc iêt o oa oai oan oang oanh oac oat oach oe oen oi om on ong oc ot " +
  "ô ôi ôm ôn ông ôc ôt ơ ơi ơm ơn ơt u ua uân uât ui um un ung uc ut uôi uôm uôn uông uôc uôt uy uya uyên uyêt uynh " +
  "ư ưa ưi ưng ưc ưt ươi ươm ươn ương ươu ươc ươt"
).split(" ");

// Combining tone marks: ngang (none), huyền, sắc, hỏi, ngã, nặng.
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const VOWELS = "aăâeêioôơuưy";
const MODIFIED = "ăâêôơư";
const FRONT = /^[ieêy]/;

/** Index in the rhyme of the vowel that carries the tone mark. */
function toneIndex(rhyme: string): number {
  const vowels = [...rhyme].map((c, i) => (VOWELS.includes(c) ? i : -1)).filter((i) => i >= 0);
  const modified = vowels.filter((i) => MODIFIED.includes(rhyme[i]!));
  if (modified.length > 0) return modified.at(-1)!;
  const closed = !VOWELS.includes(rhyme.at(-1)!);
  if (closed) return vowels.at(-1)!;
  // Open rhymes: "ai", "hòa", "thủy" on the first vowel; "oai", "uya" on the middle one.
  return vowels.length === 3 ? vowels[1]! : vowels[0]!;
}

function spell(onset: string, rhyme: string, tone: number): string {
  const at = toneIndex(rhyme);
  const toned = rhyme.slice(0, at) + (rhyme[at]! + TONES[tone]).normalize("NFC") + rhyme.slice(at + 1);
  return onset + toned;
}

/** Spelling rules: which onsets go with which rhymes. */
function allowed(onset: string, rhyme: string): boolean {
  const front = FRONT.test(rhyme);
  if (onset === "k" || onset === "gh" || onset === "ngh") return front;
  if (onset === "c" || onset === "g" || onset === "ng") return !front;
  if (onset === "qu") return !/^[uưoô]/.test(rhyme);
  if (onset === "gi") return !/^i/.test(rhyme);
  return true;
}

/** Every well-formed syllable, in a fixed order. About 15,000. */
export function allSyllables(): string[] {
  const out: string[] = [];
  for (const onset of ONSETS)
    for (const rhyme of RHYMES) {
      if (!allowed(onset, rhyme)) continue;
      const stop = /(?:c|ch|p|t)$/.test(rhyme);
      TONES.forEach((_t, tone) => {
        if (stop && tone !== 2 && tone !== 5) return; // stop finals take sắc or nặng only
        out.push(spell(onset, rhyme, tone));
      });
    }
  return out;
}
