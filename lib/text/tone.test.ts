import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allSyllables } from "../../tools/bench/syllables";
import { exactForm, fold, normalizeText, normalizeTonePlacement } from ".";
import { isSyllable, placeToneNFD, TONE_MARKS } from "./syllable";

// Every well-formed syllable the benchmark's generator spells (an independent
// statement of the same rule, about 13,000): each is already in canonical form.
const SYLLABLES = allSyllables();
const TONED = SYLLABLES.filter((s) => /[\u0300\u0301\u0303\u0309\u0323]/.test(s.normalize("NFD")));
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** The letters of an NFD word, each with its marks. */
const letters = (nfd: string) => nfd.match(/\P{M}\p{M}*/gu) ?? [];

/** A syllable with its tone typed on other letters: [where, and how often]. */
const misplaced = fc
  .record({
    syllable: fc.constantFrom(...TONED),
    at: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
    upper: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  })
  .map(({ syllable, at, upper }) => {
    const nfd = syllable.normalize("NFD");
    const tone = nfd.match(TONE_RE)![0]!;
    const ls = letters(nfd.replace(TONE_RE, ""));
    for (const k of at) ls[k % ls.length] += tone;
    const cased = (w: string[]) => w.map((l, k) => (upper[k % upper.length] ? l.toUpperCase() : l)).join("");
    return { typed: cased(ls), canonical: cased(letters(nfd)).normalize("NFC") };
  });

describe("tone placement by the spelling rule", () => {
  it.each([
    ["hòang", "hoàng"],
    ["lựơng", "lượng"],
    ["qúy", "quý"],
    ["baì", "bài"],
    ["thủơ", "thuở"],
    ["dàì", "dài"],
    ["nghịêm", "nghiệm"],
    ["gìa", "già"],
    ["ngòai", "ngoài"],
    ["khủyu", "khuỷu"],
    ["HÒANG", "HOÀNG"],
    ["Lựơng", "Lượng"],
    ["tuốí", "tuối"],
  ])("%s → %s", (typed, canonical) => {
    expect(normalizeText(typed)).toBe(canonical);
    expect(normalizeText(typed.normalize("NFD"))).toBe(canonical);
  });

  it("keeps the module's choice for final oa/oe/uy: hoà and hòa are one word", () => {
    for (const [a, b] of [
      ["hoà", "hòa"],
      ["khoẻ", "khỏe"],
      ["thuỷ", "thủy"],
      ["Hoá", "Hóa"],
    ])
      expect(normalizeText(a!)).toBe(b);
    expect(normalizeText("hoàn")).toBe("hoàn");
    expect(normalizeText("huỳnh")).toBe("huỳnh");
  });

  it("leaves every correctly spelled syllable as it is", () => {
    for (const s of SYLLABLES) if (normalizeTonePlacement(s) !== s) expect(normalizeTonePlacement(s)).toBe(s);
  });

  it("moves a tone typed on any letter, once or twice, to the same place, keeping case", () => {
    fc.assert(
      fc.property(misplaced, ({ typed, canonical }) => {
        expect(normalizeTonePlacement(typed)).toBe(canonical);
        expect(exactForm(typed)).toBe(exactForm(canonical));
        expect(fold(typed)).toBe(fold(canonical));
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves words that are not one Vietnamese syllable, or carry two different tones, alone", () => {
    for (const w of ["Đắk", "Lắk", "Pleìku", "Hoà1", "façadè", "àá", "hoàá", "xòong1"])
      expect(placeToneNFD(w.normalize("NFD"))).toBe(w.normalize("NFD"));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."abcdđfhjkoquwyzê\u0300\u0301\u0323".split("")) }), (w) => {
        const nfd = w.normalize("NFD");
        if (!isSyllable(w)) expect(placeToneNFD(nfd)).toBe(nfd);
      }),
    );
  });
});

// Vietnamese-looking text: letters, every combining mark the language uses, separators.
const vietnamese = fc.string({
  unit: fc.constantFrom(..."aăâeêioôơuưydđghnqtAĂÊOƠUYĐGHNQT .-1".split(""), ...TONE_MARKS, "\u0302", "\u031B"),
  maxLength: 24,
});
const anyText = fc.oneof(fc.string({ unit: "grapheme" }), vietnamese);

describe("laws of normalizeText", () => {
  it("is idempotent", () => {
    fc.assert(fc.property(anyText, (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });

  it("gives one result for NFC and NFD input", () => {
    fc.assert(fc.property(anyText, (s) => normalizeText(s.normalize("NFD")) === normalizeText(s.normalize("NFC"))));
  });

  it("changes nothing but the Unicode form of text without tone marks", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const plain = s.normalize("NFD").replace(TONE_RE, "");
        return normalizeTonePlacement(plain) === plain.normalize("NFC");
      }),
    );
  });

  it("only moves tone marks: the folded text and the marks' count per word are kept or reduced", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = normalizeTonePlacement(s).normalize("NFD");
        const marks = (x: string) => (x.match(TONE_RE) ?? []).length;
        return (
          out.replace(TONE_RE, "") === s.normalize("NFD").replace(TONE_RE, "") &&
          marks(out) <= marks(s.normalize("NFD"))
        );
      }),
    );
  });
});
