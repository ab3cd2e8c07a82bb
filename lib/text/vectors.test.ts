import { describe, expect, it } from "vitest";
import { decodeKeystrokes, exactForm, normalizeText } from ".";
import { NORMALIZE, TELEX_BAMBOO, TELEX_GONHANH, TELEX_NEW_STYLE, TELEX_PLACEMENT, VNI } from "./vectors.fixture";

// Other projects' published vectors (sources in vectors.fixture.ts).
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Every way to type a word's tone on one of its letters (NFD). */
function misplacements(word: string): string[] {
  const nfd = word.normalize("NFD");
  const tone = nfd.match(TONE)?.[0];
  if (!tone) return [];
  const letters = nfd.replace(TONE, "").match(/\P{M}\p{M}*/gu) ?? [];
  return letters.map((_, k) => letters.map((l, j) => (j === k ? l + tone : l)).join(""));
}

describe("published normalization vectors (underthesea)", () => {
  it.each(NORMALIZE)("%s → %s", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
    expect(normalizeText(input.normalize("NFD"))).toBe(expected);
  });
});

describe("published input-method vectors, read as keystrokes", () => {
  const tables = {
    "vitype-core tone placement": TELEX_PLACEMENT,
    "vitype-core VNI": VNI,
    "bamboo-core": TELEX_BAMBOO,
    gonhanh: TELEX_GONHANH,
  };
  for (const [name, table] of Object.entries(tables))
    describe(name, () => {
      it.each(table)("%s → %s", (keys, expected) => {
        expect(decodeKeystrokes(keys)).toBe(normalizeText(expected));
      });
    });

  it.each(TELEX_NEW_STYLE)("new-style tone placement %s → %s is the same word", (keys, expected) => {
    expect(exactForm(decodeKeystrokes(keys)!)).toBe(exactForm(expected));
  });
});

describe("the vectors' words with the tone typed on any letter", () => {
  const words = new Set(
    [...TELEX_PLACEMENT, ...VNI, ...TELEX_BAMBOO, ...TELEX_GONHANH, ...NORMALIZE].flatMap(([, w]) => w.split(" ")),
  );
  it.each([...words])("%s", (word) => {
    const canonical = normalizeText(word);
    for (const typed of misplacements(word)) {
      expect(normalizeText(typed)).toBe(canonical);
      expect(normalizeText(typed.normalize("NFC"))).toBe(canonical);
    }
  });
});
