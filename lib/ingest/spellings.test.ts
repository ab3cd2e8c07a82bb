import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testArticle } from "../search/test-support";
import { corpusSpellings, spellingKey, unifySpellings } from "./spellings";

const article = (id: string, organizers: string[]) =>
  testArticle({
    id,
    organizers,
    evidence: { organizers: { how: "subject of the lead's event sentence", inferred: false } },
  });

describe("spellingKey", () => {
  it("ignores capitals, dashes, commas and their spacing", () => {
    expect(spellingKey("Bộ Công thương")).toBe(spellingKey("Bộ Công Thương"));
    expect(spellingKey("Hội đồng Thi đua-Khen thưởng Trung ương")).toBe(
      spellingKey("Hội đồng Thi đua – Khen thưởng Trung ương"),
    );
    expect(spellingKey("Bộ Văn hóa Thể thao và Du lịch")).toBe(spellingKey("Bộ Văn hóa, Thể thao và Du lịch"));
  });
  it("keeps letters, tone marks and words", () => {
    expect(spellingKey("Bộ Y tế")).not.toBe(spellingKey("Bộ Y tê"));
    expect(spellingKey("Bộ Văn hóa, Thể thao Du lịch")).not.toBe(spellingKey("Bộ Văn hóa, Thể thao và Du lịch"));
  });
  it("reads old and new tone placement as one spelling", () => {
    expect(spellingKey("Ban Dân vận Thành uỷ")).toBe(spellingKey("Ban Dân vận Thành ủy"));
  });
});

describe("corpusSpellings", () => {
  it("gives each variant the spelling most articles use", () => {
    const m = corpusSpellings(["Bộ Công thương", "Bộ Công Thương", "Bộ Công thương", "Bộ Y tế"]);
    expect([...m]).toEqual([["Bộ Công Thương", "Bộ Công thương"]]);
  });
  it("breaks a tie by code-point order, whatever the input order", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(["Sở Công thương tỉnh Bắc Giang", "Sở Công Thương tỉnh Bắc Giang"], { minLength: 2 }),
        (names) => {
          expect(corpusSpellings(names).get("Sở Công thương tỉnh Bắc Giang")).toBe("Sở Công Thương tỉnh Bắc Giang");
        },
      ),
    );
  });
  it("maps every name to a spelling of its own key that the input holds", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "Bộ Công thương",
            "Bộ Công Thương",
            "Bộ Y tế",
            "Bộ Y Tế",
            "Quốc hội",
            "Thi đua-Khen thưởng",
            "Thi đua - Khen thưởng",
          ),
        ),
        (names) => {
          const m = corpusSpellings(names);
          for (const [from, to] of m) {
            expect(names).toContain(to);
            expect(spellingKey(to)).toBe(spellingKey(from));
            expect(m.has(to)).toBe(false);
          }
        },
      ),
    );
  });
});

describe("unifySpellings", () => {
  it("rewrites organizers, drops a repeat, and says so in the evidence", () => {
    const input = [
      article("a", ["Bộ Công Thương"]),
      article("b", ["Bộ Công Thương", "Bộ Y tế"]),
      article("c", ["Bộ Công thương", "Bộ Công Thương"]),
    ];
    const { articles } = unifySpellings(input);
    expect(articles.map((a) => a.organizers)).toEqual([
      ["Bộ Công Thương"],
      ["Bộ Công Thương", "Bộ Y tế"],
      ["Bộ Công Thương"],
    ]);
    expect(articles[2]!.evidence.organizers!.how).toContain('"Bộ Công thương" spelled "Bộ Công Thương"');
    // An article no spelling changes is passed on as it is.
    expect(articles[0]).toBe(input[0]);
  });
  it("leaves a corpus with one spelling per name as it is", () => {
    const input = [article("a", ["Quốc hội"]), article("b", ["Bộ Y tế"])];
    const { articles, spellings } = unifySpellings(input);
    expect(spellings.size).toBe(0);
    expect(articles).toEqual(input);
  });
});
