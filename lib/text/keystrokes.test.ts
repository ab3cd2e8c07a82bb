import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allSyllables } from "../../tools/bench/syllables";
import { decodeKeystrokes, fold, readKeystrokes } from ".";

// Every well-formed syllable the benchmark's generator spells. "oo" (xoong) is
// left out: typed on a Telex keyboard it is ô, there is no way to mean it.
const SYLLABLES = allSyllables().filter((s) => !s.normalize("NFD").includes("oo"));

const TELEX_MARK: Record<string, string> = { "\u0302": "", "\u0306": "w", "\u031B": "w" };
const TELEX_TONE: Record<string, string> = {
  "\u0301": "s",
  "\u0300": "f",
  "\u0309": "r",
  "\u0303": "x",
  "\u0323": "j",
};
const VNI_MARK: Record<string, string> = { "\u0302": "6", "\u0306": "8", "\u031B": "7" };
const VNI_TONE: Record<string, string> = { "\u0301": "1", "\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0323": "5" };

/** The keys a Vietnamese keyboard in that mode needs for a lower-case syllable (tone key last, as most people type). */
function keys(syllable: string, scheme: "telex" | "vni"): string {
  let out = "";
  let tone = "";
  for (const ch of syllable.normalize("NFD")) {
    if (ch in TELEX_TONE) tone = scheme === "telex" ? TELEX_TONE[ch]! : VNI_TONE[ch]!;
    else if (ch in TELEX_MARK) out += scheme === "telex" ? TELEX_MARK[ch] || out.at(-1)! : VNI_MARK[ch]!;
    else if (ch === "đ") out += scheme === "telex" ? "dd" : "d9";
    else out += ch;
  }
  return out + tone;
}

const CASES = [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s[0]!.toUpperCase() + s.slice(1)];

describe("decodeKeystrokes", () => {
  it.each([
    ["daan vaanj kheos", "dân vận khéo"],
    ["quy cheess daan chur", "quy chế dân chủ"],
    ["da6n va6n5", "dân vận"],
    ["ddangr uyr thanhf phoos", "đảng ủy thành phố"],
    ["Vieetj Nam", "Việt Nam"],
    ["DDUWOWNGF", "ĐƯỜNG"],
    ["thuowngf", "thường"],
    ["thuowr", "thuở"],
    ["nhw", "như"],
    ["hoawcj", "hoặc"],
    ["mu7o5n", "mượn"],
    ["D9U7O7C5", "ĐƯỢC"],
    ["daan vaanj UBND 2022", "dân vận UBND 2022"],
    ['"daan vaanj" -kheos', '"dân vận" -khéo'],
  ])("%s → %s", (typed, meant) => {
    expect(decodeKeystrokes(typed)).toBe(meant);
  });

  it("names the scheme", () => {
    expect(readKeystrokes("daan vaanj")?.scheme).toBe("telex");
    expect(readKeystrokes("da6n va6n")?.scheme).toBe("vni");
  });

  it.each([
    "dan van kheo",
    "dân vận khéo",
    "bóng đá",
    "thanh uy",
    "covid 19",
    "bass guitar",
    "class",
    "h5n1",
    "2022",
    "",
  ])("is null for what is not keystrokes: %s", (q) => {
    expect(decodeKeystrokes(q)).toBeNull();
  });

  it("reads every syllable typed in Telex or VNI back", () => {
    for (const scheme of ["telex", "vni"] as const)
      for (const syllable of SYLLABLES) {
        const read = decodeKeystrokes(keys(syllable, scheme));
        if (read !== (/^[a-z]+$/.test(syllable) ? null : syllable)) expect([scheme, syllable, read]).toBe(null);
      }
  });

  it("keeps the case typed", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SYLLABLES),
        fc.constantFrom("telex" as const, "vni" as const),
        fc.constantFrom(...CASES),
        (syllable, scheme, cased) => {
          const read = decodeKeystrokes(cased(keys(syllable, scheme)));
          // Plain letters are no keystrokes: the literal reading is the reading.
          expect(read).toBe(/^[a-z]+$/.test(syllable) ? null : cased(syllable));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("never reads plain unaccented Vietnamese as keystrokes", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 5 }), (words) => {
        expect(readKeystrokes(words.map(fold).join(" "))).toBeNull();
      }),
    );
  });

  it("is null for text typed with diacritics and for other scripts", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 4 }), (words) => {
        expect(readKeystrokes(words.join(" "))).toBeNull();
      }),
    );
    expect(readKeystrokes("Привет мир")).toBeNull();
  });
});
