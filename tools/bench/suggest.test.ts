import { describe, expect, it } from "vitest";
import { fold } from "../../lib/text";
import { suggestPrefixes } from "./suggest";

const phrases = [
  { text: "dân vận khéo", count: 3, kind: "phrase" as const },
  { text: "Ban Dân vận Tỉnh ủy Nghệ An", count: 2, kind: "organizer" as const },
  { text: "Hội nghị tổng kết công tác", count: 1, kind: "title" as const },
];

describe("type-ahead benchmark prefixes", () => {
  it("mixes 1-3 syllables, with and without diacritics, reproducibly", () => {
    const a = suggestPrefixes(phrases, 300, 7);
    expect(a).toEqual(suggestPrefixes(phrases, 300, 7));
    expect(a.length).toBe(300);
    expect(new Set(a.map((p) => p.syllables))).toEqual(new Set([1, 2, 3]));
    expect(a.some((p) => p.diacritics) && a.some((p) => !p.diacritics)).toBe(true);
    for (const p of a) {
      expect(p.q.trim().length).toBeGreaterThanOrEqual(2);
      if (!p.diacritics) expect(p.q).toBe(fold(p.q));
    }
  });
});
