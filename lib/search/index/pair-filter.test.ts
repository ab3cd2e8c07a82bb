import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../ingest";
import { tokenize } from "../../text";
import { createEngine } from "../engine/index";
import { Matcher } from "../query/matcher";
import { parseQuery } from "../query/parse";
import { buildForwardAndLexicon, SEPARATOR } from "./forward";
import { buildPairFilter, FormPairs, mayHoldPair, pairsTest } from "./pair-filter";

const words = ["dân", "dẫn", "vận", "văn", "van", "hòa", "khéo", "cơ", "sở", "so", "đảng", "ủy"];
const text = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join(" "));
const docs = fc.array(fc.record({ title: text, lead: text, body: text }), { minLength: 1, maxLength: 8 });

describe("pair filter", () => {
  it("never rules out a pair an article has side by side", () => {
    fc.assert(
      fc.property(docs, (ds) => {
        const { forward } = buildForwardAndLexicon(ds);
        const filter = buildPairFilter(forward);
        ds.forEach((_, d) => {
          for (let k = forward.start[d]! + 1; k < forward.start[d + 1]!; k++) {
            const [x, y] = [forward.ids[k - 1]!, forward.ids[k]!];
            if (x === SEPARATOR || y === SEPARATOR) continue;
            expect(mayHoldPair(filter, d, forward.folded[x]!, forward.folded[y]!)).toBe(true);
          }
        });
      }),
    );
  });

  it("FormPairs never rules out a pair it was given, nor a phrase whose consecutive forms it was given", () => {
    const pair = fc.tuple(fc.nat(3000), fc.nat(3000));
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 400 }), (added, room) => {
        const pairs = new FormPairs(room);
        for (const [x, y] of added) pairs.add(x, y);
        for (const [x, y] of added) expect(pairs.has(x, y)).toBe(true);
        const [x, y] = added[0]!;
        expect(pairs.mayHold([[x + 5000, x], [y], [y + 7000]].slice(0, 2))).toBe(true);
      }),
    );
    // And it does rule out: an empty filter holds nothing.
    expect(new FormPairs(100).mayHold([[1], [2]])).toBe(false);
    expect(new FormPairs(100).mayHold([[1]])).toBe(true);
  });

  it("pairsTest answers as probing every pair does, whatever it was asked before", () => {
    const pairList = fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(docs, pairList, fc.array(fc.nat(), { maxLength: 20 }), (ds, ps, asks) => {
        const { forward } = buildForwardAndLexicon(ds);
        const filter = buildPairFilter(forward);
        const a = ps.map(([x]) => x);
        const b = ps.map(([, y]) => y);
        const test = pairsTest(filter, a, b);
        for (const ask of asks) {
          const d = ask % ds.length;
          expect(test(d)).toBe(a.every((x, j) => mayHoldPair(filter, d, x, b[j]!)));
        }
      }),
    );
  });

  it("leaves the engine's phrase matches exactly those of the token check", () => {
    const phrase = fc.array(fc.constantFrom(...words, "dan", "hoa"), { minLength: 2, maxLength: 3 });
    fc.assert(
      fc.property(docs, phrase, (ds, p) => {
        const articles: Article[] = ds.map((x, i) => ({
          id: `p${i}`,
          file: `p${i}.txt`,
          title: x.title,
          date: "2022-01-01",
          year: 2022,
          organizers: [],
          author: null,
          source: null,
          lead: x.lead,
          body: x.body ? [x.body] : [],
          captions: [],
          warnings: [],
          province: null,
          evidence: {},
        }));
        const q = `"${p.join(" ")}"`;
        const r = createEngine(articles).search({
          q,
          organizers: [],
          years: [],
          provinces: [],
          sort: "newest",
          page: 1,
          perPage: 100,
        });
        if (r.relaxed) return;
        const parsed = parseQuery(q);
        const m = new Matcher(parsed, []);
        const holders = articles
          .filter((a) =>
            [a.title, [a.lead, ...a.body].join("\n")].some((t) => m.phraseAt(tokenize(t), parsed.phrases[0]!) >= 0),
          )
          .map((a) => a.id);
        expect(r.hits.map((h) => h.id).sort()).toEqual(holders.sort());
      }),
      { numRuns: 200 },
    );
  });
});
