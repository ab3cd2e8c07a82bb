import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../ingest";
import { recordsToFiles, storeFromFiles } from "./records";

const str = fc.string({ unit: "binary", maxLength: 20 });
const article: fc.Arbitrary<Article> = fc.record({
  id: str,
  file: str,
  title: str,
  date: fc.option(str),
  year: fc.option(fc.integer({ min: 1900, max: 2100 })),
  organizers: fc.array(str, { maxLength: 3 }),
  author: fc.option(str),
  source: fc.option(str),
  lead: str,
  body: fc.array(str, { maxLength: 4 }),
  captions: fc.array(str, { maxLength: 2 }),
  warnings: fc.array(str, { maxLength: 2 }),
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
    });
    const { meta, bin } = recordsToFiles([a("x"), a("y")]);
    expect(() => storeFromFiles(meta, bin.subarray(0, 10))).toThrow(/truncated/);
    expect(() => storeFromFiles(meta, bin.subarray(0, bin.length - 1))).toThrow(/size/);
    expect(() => storeFromFiles(meta.slice(1), bin)).toThrow(/disagree/);
    expect(() => storeFromFiles({}, bin)).toThrow(/list/);
  });
});
