import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText, tokenize } from "../text";
import { Matcher } from "./matcher";
import { hasPhrase, spellings } from "./phrase";
import { parseQuery } from "./query";

const check = (text: string, q: string) => {
  const parsed = parseQuery(q);
  return hasPhrase(text, parsed.phrases[0]!.map((i) => parsed.terms[i]!));
};

describe("hasPhrase", () => {
  it("matches the syllables adjacent and in order, in the typed form", () => {
    expect(check("Thực hiện Quy chế dân chủ, ở cơ sở", '"quy chế dân chủ"')).toBe(true);
    expect(check("Thực hiện QUY CHẾ – DÂN CHỦ", '"quy che dan chu"')).toBe(true);
    expect(check("quy chế và dân chủ", '"quy chế dân chủ"')).toBe(false);
    expect(check("hướng dần", '"hướng dẫn"')).toBe(false);
    expect(check("hướng dần", '"huong dan"')).toBe(true);
    expect(check("Thành uỷ Hà Nội", '"thành ủy"')).toBe(true); // old tone placement in the text
    expect(check("Thành ủy Hà Nội", '"thành uỷ"')).toBe(true);
    expect(check("dân vận khéo", '"dân vậ')).toBe(true); // still typing
    expect(check("nhân dân vận động", '"dân vận"')).toBe(true);
    expect(check("nhândân vận", '"dân vận"')).toBe(false);
  });

  it("leaves texts it cannot read exactly to the tokenizer", () => {
    expect(check("dân vận".normalize("NFD"), '"dân vận"')).toBeNull();
    expect(check("dân\u200Dvận", '"dân vận"')).toBeNull();
  });

  it("every spelling is the exact form", () => {
    for (const w of ["hòa", "thủy", "khỏe", "ủy", "quý", "hoàn"]) for (const s of spellings(w)) expect(normalizeText(s)).toBe(w);
    expect(spellings("hòa")).toEqual(["hòa", "hoà"]);
  });

  it("agrees with the token-based check", () => {
    const words = ["dân", "Dân", "dẫn", "DẪN", "vận", "văn", "hòa", "hoà", "HOÀ", "thủy", "thuỷ", "quý", "đổi", "doi", "số", "so"];
    const seps = [" ", ", ", " – ", "-", "\n", "  ", ". "];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 3 }),
        fc.boolean(),
        (parts, phrase, open) => {
          const text = parts.map(([w, s]) => w + s).join("");
          const q = `"${phrase.join(" ")}${open ? "" : '"'}`;
          const parsed = parseQuery(q);
          if (parsed.phrases.length === 0) return true;
          const matcher = new Matcher(parsed, []);
          const byTokens = matcher.phraseAt(tokenize(text), parsed.phrases[0]!) >= 0;
          expect(check(text, q)).toBe(byTokens);
        },
      ),
      { numRuns: 500 },
    );
  });
});
