import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildIndexParts } from "../../search";
import { testArticle } from "../../search/test-support";
import { decodeDocList, encodeDocList } from "./doc-list";
import { forwardFromFiles, forwardToFiles } from "./forward";
import { lexiconFromJSON, lexiconToJSON } from "./lexicon";

const syllable = fc.constantFrom("dân", "dẫn", "vận", "Văn", "van", "hoà", "hòa", "khéo", "cơ", "sở", "2024", "Đảng");
const text = fc.array(syllable, { maxLength: 12 }).map((w) => w.join(" "));
const articles = fc
  .array(fc.record({ title: text, lead: text, body: text }), { minLength: 1, maxLength: 6 })
  .map((ds) => ds.map((d, i) => testArticle({ id: `a${i}`, title: d.title, lead: d.lead, body: [d.body] })));

describe("index.json + index.bin", () => {
  it("read back the forward index written", () => {
    fc.assert(
      fc.property(articles, (as) => {
        const { forward, lexicon } = buildIndexParts(as);
        const { json, bin } = forwardToFiles(forward);
        const back = forwardFromFiles(JSON.parse(JSON.stringify(json)), bin, lexicon);
        expect({ ...back, ids: [...back.ids] }).toEqual({ ...forward, ids: [...forward.ids] });
      }),
    );
  });

  it("refuse a truncated index.bin", () => {
    const { forward, lexicon } = buildIndexParts([
      testArticle({ id: "a", title: "Dân vận", lead: "khéo", body: ["cơ sở"] }),
    ]);
    const { json, bin } = forwardToFiles(forward);
    expect(() => forwardFromFiles(json, bin.subarray(0, bin.length - 1), lexicon)).toThrow();
    expect(() => forwardFromFiles({ ...json, v: 1 as unknown as 2 }, bin, lexicon)).toThrow("unknown index format");
  });
});

describe("lexicon.json", () => {
  it("reads back the lexicon written", () => {
    fc.assert(
      fc.property(articles, (as) => {
        const { lexicon } = buildIndexParts(as);
        const back = lexiconFromJSON(JSON.parse(JSON.stringify(lexiconToJSON(lexicon))));
        expect(back.terms).toEqual(lexicon.terms);
        expect([...back.df]).toEqual([...lexicon.df]);
        expect(back.forms).toEqual(lexicon.forms);
        expect([...back.postings].map(([e, d]) => [e, [...d]])).toEqual(
          [...lexicon.postings].map(([e, d]) => [e, [...d]]),
        );
      }),
    );
  });
});

describe("doc lists", () => {
  it("round-trip any strictly increasing list", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 5_000_000 })), (xs) => {
        const sorted = Uint32Array.from(xs.sort((a, b) => a - b));
        expect([...decodeDocList(encodeDocList(sorted))]).toEqual([...sorted]);
      }),
    );
  });
});
