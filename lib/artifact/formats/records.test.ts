import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../ingest";
import { storyText } from "../../search";
import { testArticle } from "../../search/test-support";
import { syllableSpans } from "../../text";
import { recordsToFiles, STEP, storeFromFiles } from "./records";

const str = fc.string({ unit: "binary", maxLength: 20 });
const article: fc.Arbitrary<Article> = fc.record({
  id: str,
  file: str,
  title: str,
  date: fc.option(str),
  year: fc.option(fc.integer({ min: 1900, max: 2100 })),
  organizers: fc.array(str, { maxLength: 3 }),
  province: fc.option(str),
  author: fc.option(str),
  source: fc.option(str),
  url: fc.option(str),
  lead: str,
  body: fc.array(str, { maxLength: 4 }),
  captions: fc.array(str, { maxLength: 2 }),
  warnings: fc.array(str, { maxLength: 2 }),
  evidence: fc.constantFrom({}, { year: { how: "day phrase", inferred: true } }),
});

// What the files hold once written (JSON) and read back.
const roundTrip = (articles: Article[]) => {
  const { meta, bin } = recordsToFiles(articles);
  return storeFromFiles(JSON.parse(JSON.stringify(meta)), new Uint8Array(bin));
};

describe("article records", () => {
  it("every article reads back whole, with its fields in order", () => {
    fc.assert(
      fc.property(fc.array(article, { maxLength: 8 }), (articles) => {
        const store = roundTrip(articles);
        expect(store.meta.length).toBe(articles.length);
        for (const [d, a] of articles.entries()) expect(JSON.stringify(store.article(d))).toBe(JSON.stringify(a));
      }),
    );
  });

  it("rejects truncated, resized or mismatched files", () => {
    const a = (id: string): Article => ({
      id,
      file: `${id}.txt`,
      title: "Tiêu đề",
      date: null,
      year: 2024,
      organizers: [],
      author: null,
      source: null,
      lead: "Dân vận khéo",
      body: ["đoạn một"],
      captions: [],
      warnings: [],
      province: null,
      evidence: {},
    });
    const { meta, bin } = recordsToFiles([a("x"), a("y")]);
    expect(() => storeFromFiles(meta, bin.subarray(0, 10))).toThrow(/truncated/);
    expect(() => storeFromFiles(meta, bin.subarray(0, bin.length - 1))).toThrow(/size/);
    expect(() => storeFromFiles(meta.slice(1), bin)).toThrow(/disagree/);
    expect(() => storeFromFiles({}, bin)).toThrow(/list/);
  });
});

// Stories long enough for several checkpoints: Vietnamese words, punctuation,
// line breaks and NFD marks between them; now and then an emoji (which needs
// the grapheme-aware tokenizer: no slices then).
const piece = fc.constantFrom(
  "Dân",
  "vận",
  "khéo",
  "“Hòa",
  "bình”,",
  "2.000",
  "–",
  "\n",
  "  ",
  "Hoa\u0300",
  "a\u0301b",
  "ĐẢNG",
  "x",
);
const story = fc
  .tuple(fc.array(piece, { maxLength: 200, size: "max" }), fc.option(fc.nat(), { freq: 8 }))
  .map(([w, at]) => (at === null ? w : w.toSpliced(at % (w.length + 1), 0, "😀" as (typeof w)[number])).join(" "));

describe("story slices", () => {
  it("hold the asked syllables, cut at syllable starts, the whole text at either end", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(story, fc.array(story, { maxLength: 3 })), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.nat(),
        (texts, x, y) => {
          const articles = texts.map(([lead, body], d) => testArticle({ id: `a${d}`, title: "t", lead, body }));
          const store = roundTrip(articles);
          articles.forEach((a, d) => {
            const text = storyText(a);
            const spans = syllableSpans(text);
            const slice = store.storySlice!(d, 0, 0);
            if (!spans) {
              expect(slice).toBeNull();
              return;
            }
            const n = spans.length / 2;
            const from = n === 0 ? 0 : x % n;
            const to = Math.min(n, from + 1 + (y % 70));
            const s = store.storySlice!(d, from, to)!;
            expect(s.count).toBe(n);
            expect(s.first).toBeLessThanOrEqual(from);
            expect(s.end).toBeGreaterThanOrEqual(to);
            expect(s.first % STEP).toBe(0);
            const start = s.first === 0 ? 0 : spans[2 * s.first]!;
            const end = s.end === n ? text.length : spans[2 * s.end]!;
            expect(s.text).toBe(text.slice(start, end));
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
