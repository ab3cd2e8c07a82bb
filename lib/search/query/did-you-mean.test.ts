import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../ingest";
import { MAX_TYPO_SCAN } from "../../limits";
import { createEngine, type SearchRequest } from "..";
import { buildLexicon, type Lexicon } from "../index/lexicon";
import { searchRequest, testArticle } from "../test-support";
import { commonTerms, editDistance, nearestTerm, suggestQuery } from "./did-you-mean";
import { parseQuery } from "./parse";

const lex = buildLexicon([
  { title: "Dân vận khéo", lead: "Công tác dân vận, dân vận khéo ở cơ sở", body: "Vận động nhân dân; hướng dẫn" },
  { title: "Dân vận", lead: "Dân chủ ở cơ sở", body: "Văn hóa và dân vận" },
]);
// The usual written form, as the engine takes it from the index (here: a fixed table).
const common = (f: string) => ({ dan: "dân", van: "vận", kheo: "khéo", co: "cơ", so: "sở" })[f] ?? f;
const suggest = (q: string) => suggestQuery(parseQuery(q), lex, common);

describe("suggestQuery", () => {
  it("corrects unknown words and restores diacritics from the corpus", () => {
    expect(suggest("dan vna kheo")).toBe("dân vận khéo");
    expect(suggest("dna van ")).toBe("dân vận");
  });

  it("is null when the query is already in the corpus's words", () => {
    expect(suggest("dân vận")).toBeNull();
    expect(suggest("")).toBeNull();
  });

  it("keeps quotes, exclusions and a word still being typed", () => {
    expect(suggest('"dan vna" -khéo')).toBe('"dân vận" -khéo');
    expect(suggest("dan hu")).toBe("dân hu"); // "hu" completes to "huong"
  });

  it("leaves a word alone when nothing known is near", () => {
    expect(suggest("dan xyzzyq ")).toBe("dân xyzzyq");
  });
});

describe("nearestTerm", () => {
  it("prefers a swap, then the same length, then the commoner word", () => {
    expect(nearestTerm(lex, "vna")).toBe("van");
    expect(nearestTerm(lex, "huogn")).toBe("huong");
    expect(nearestTerm(lex, "q")).toBeNull();
  });
  it("finds what a scan of every term by edit distance finds (the letter-set filter rules out no answer)", () => {
    // Short words of few letters, so that many are within one or two edits.
    const word = fc.stringMatching(/^[a-c0-9]{1,7}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), word, (terms, w) => {
        const sortedTerms = [...terms].sort();
        const lexicon: Lexicon = {
          terms: sortedTerms,
          df: Uint32Array.from(sortedTerms, (t) => 1 + (t.length % 3)),
          forms: new Map(),
          postings: new Map(),
        };
        const max = w.length >= 5 ? 2 : 1;
        const letters = (s: string) => [...s].sort().join("");
        let expected: string | null = null;
        let bestKey: number[] = [];
        sortedTerms.forEach((t, i) => {
          const d = editDistance(w, t, max);
          if (w.length < 2 || d > max) return;
          const key = [
            d,
            t.length === w.length && letters(t) === letters(w) ? 0 : 1,
            t.length === w.length ? 0 : 1,
            -lexicon.df[i]!,
          ];
          const less = key.findIndex((x, k) => x !== bestKey[k]);
          if (expected === null || (less >= 0 && key[less]! < bestKey[less]!)) {
            expected = t;
            bestKey = key;
          }
        });
        expect(nearestTerm(lexicon, w)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe("editDistance", () => {
  const word = fc.string({ unit: fc.constantFrom(..."abcdeuy"), maxLength: 8 });
  it("is zero exactly for equal strings, and symmetric", () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        return (d === 0) === (a === b) && d === editDistance(b, a) && d <= Math.max(a.length, b.length);
      }),
    );
  });

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("vna", "van")).toBe(1);
    expect(editDistance("kheo", "khoe")).toBe(1);
  });

  it("stops early past the bound", () => {
    fc.assert(
      fc.property(word, word, (a, b) => Math.min(editDistance(a, b), 2) === Math.min(editDistance(a, b, 1), 2)),
    );
  });
});

describe("the engine's suggestion", () => {
  const art = (i: number, title: string, lead: string): Article =>
    testArticle({ id: `s${i}`, title, date: "2022-01-01", year: 2022, lead });
  const e = createEngine([
    art(0, "Dân vận khéo", "Công tác dân vận ở cơ sở."),
    art(1, "Hướng dẫn", "Hướng dẫn dân vận."),
    art(2, "Vận động nhân dân", "Dân tin theo."),
  ]);
  const req = (q: string): SearchRequest => searchRequest(q, { perPage: 10 });

  it("is set when the results are only approximate or empty", () => {
    const r = e.search(req("dan vna kheo"));
    expect(r.approximate).toBe(true);
    expect(r.suggestion).toBe("dân vận khéo");
    expect(e.search(req("dân vận khéo")).suggestion).toBeNull();
  });

  it("is null for a match as typed", () => {
    const r = e.search(req("dan van"));
    expect(r.approximate).toBe(false);
    expect(r.suggestion).toBeNull();
  });
});

describe("commonTerms", () => {
  it("picks the MAX_TYPO_SCAN terms of most articles (ties: the earlier), as a sort would", () => {
    const n = MAX_TYPO_SCAN * 3 + 17;
    const terms = Array.from({ length: n }, (_, i) => `t${String(i).padStart(6, "0")}`);
    // Frequencies with many ties, so the cut falls inside a run of equal ones.
    const df = Uint32Array.from(terms, (_, i) => 1 + ((i * 7919) % 97));
    const lex: Lexicon = { terms, df, forms: new Map(), postings: new Map() };
    const sorted = Array.from(terms.keys())
      .sort((a, b) => df[b]! - df[a]! || a - b)
      .slice(0, MAX_TYPO_SCAN)
      .sort((a, b) => a - b);
    expect(Array.from(commonTerms(lex))).toEqual(sorted);
  });
});
