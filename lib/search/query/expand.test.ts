import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildLexicon, exactDocs } from "../index/lexicon";
import { expandTerm, typoNeighbours, withinOneEdit } from "./expand";
import { parseQuery } from "./parse";

const lex = buildLexicon([
  { title: "Dân vận khéo", lead: "Vận động nhân dân, hướng dẫn dần dần", body: "Văn bản vàng" },
  { title: "Văn hóa", lead: "Sóng nước", body: "" },
]);
const expand = (q: string) => expandTerm(lex, parseQuery(q).terms.at(-1)!).map((e) => `${e.term}:${e.kind}`);

describe("lexicon", () => {
  it("knows which articles hold an ambiguous accented form", () => {
    expect([...(exactDocs(lex, "van", "văn") as Uint32Array)]).toEqual([0, 1]);
    expect([...(exactDocs(lex, "van", "vận") as Uint32Array)]).toEqual([0]);
    expect(exactDocs(lex, "van", "vân")).toBeNull();
    expect(exactDocs(lex, "kheo", "khéo")).toBe("all"); // the only form: every "kheo" is "khéo"
  });
});

describe("expandTerm", () => {
  it("completes a prefix with the indexed words that start with it", () => {
    expect(expand("va")).toEqual(expect.arrayContaining(["van:prefix", "vang:prefix"]));
    expect(expand("va ")).toEqual([]); // a finished word is only itself (none here)
  });

  it("corrects an unknown word by one slip; a known word is taken as meant", () => {
    expect(expand("vna ")).toEqual(["van:typo"]);
    expect(expand("vang ")).toEqual(["vang:term"]);
    expect(expand("dongf ")).toEqual(["dong:typo"]);
  });

  it("an accented correction keeps the typed tones", () => {
    expect(expand("bóng ")).toEqual(["song:typo"]); // one slip from "sóng"
    expect(expand("bống ")).toEqual([]); // two slips from "sóng": a letter and a tone
    expect(expand("bong ")).toEqual(["dong:typo", "song:typo"]); // unaccented: any form ("động")
  });
});

describe("edits", () => {
  it("withinOneEdit agrees with typoNeighbours", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-e]{4,6}$/), fc.stringMatching(/^[a-e]{3,7}$/), (a, b) => {
        expect(withinOneEdit(a, b)).toBe(a === b || typoNeighbours(a).has(b));
      }),
    );
  });
});
