import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../text";
import { RANKING } from "../ranking";
import { buildForward, buildForwardAndLexicon, SEPARATOR } from "./forward";
import { buildLexicon, type DocFields } from "./lexicon";
import { buildPostings } from "./postings";

const syllable = fc.constantFrom(
  "dân",
  "dẫn",
  "vận",
  "Văn",
  "van",
  "hoà",
  "hòa",
  "khéo",
  "cơ",
  "sở",
  "so",
  "2024",
  "TP",
  "Đảng",
);
const text = fc.array(syllable, { maxLength: 12 }).map((w) => w.join(" "));
const doc = fc.record({ title: text, lead: text, body: text });
const docs = fc.array(doc, { minLength: 1, maxLength: 6 });

function forms(d: DocFields): string[] {
  return [...tokenize(d.title), { exact: "" }, ...tokenize(d.lead), ...tokenize(d.body)].map((t) => t.exact);
}

describe("forward index", () => {
  it("holds every article's syllables in order, title apart", () => {
    fc.assert(
      fc.property(docs, (ds) => {
        const lex = buildLexicon(ds);
        const fwd = buildForward(ds, lex);
        return ds.every((d, i) => {
          const got = [...fwd.ids.subarray(fwd.start[i]!, fwd.start[i + 1]!)].map((id) =>
            id === SEPARATOR ? "" : fwd.forms[id]!,
          );
          return JSON.stringify(got) === JSON.stringify(forms(d));
        });
      }),
    );
  });

  it("reads the same lexicon off the forms as buildLexicon finds by tokenizing", () => {
    fc.assert(
      fc.property(docs, (ds) => {
        const { forward, lexicon } = buildForwardAndLexicon(ds);
        const lex = buildLexicon(ds);
        expect(lexicon).toEqual(lex);
        const again = buildForward(ds, lex);
        expect({ ...forward, ids: [...forward.ids] }).toEqual({ ...again, ids: [...again.ids] });
      }),
    );
  });
});

describe("postings", () => {
  it("list each folded syllable's articles once, ascending, with df = the lexicon's", () => {
    fc.assert(
      fc.property(docs, (ds) => {
        const lex = buildLexicon(ds);
        const post = buildPostings(buildForward(ds, lex), lex.df);
        return lex.terms.every((t, f) => {
          const list = [...post.docs.subarray(post.offsets[f]!, post.offsets[f + 1]!)];
          const holders = ds.flatMap((d, i) =>
            [d.title, d.lead, d.body].some((x) => tokenize(x).some((k) => k.folded === t)) ? [i] : [],
          );
          return JSON.stringify(list) === JSON.stringify(holders) && list.length === lex.df[f];
        });
      }),
    );
  });

  it("know where in the article each syllable first occurs", () => {
    fc.assert(
      fc.property(docs, (ds) => {
        const lex = buildLexicon(ds);
        const fwd = buildForward(ds, lex);
        const post = buildPostings(fwd, lex.df);
        lex.terms.forEach((_, f) => {
          for (let p = post.offsets[f]!; p < post.offsets[f + 1]!; p++) {
            const d = post.docs[p]!;
            let k = fwd.start[d]!;
            while (fwd.folded[fwd.ids[k]!] !== f || fwd.ids[k] === SEPARATOR) k++;
            expect(post.first[p]).toBe(k - fwd.start[d]!);
          }
        });
      }),
    );
  });

  it("weigh a title occurrence above a body one", () => {
    const ds = [
      { title: "dân vận", lead: "một hai ba", body: "bốn năm sáu" },
      { title: "một hai", lead: "ba bốn năm", body: "sáu dân vận" },
    ];
    const lex = buildLexicon(ds);
    const post = buildPostings(buildForward(ds, lex), lex.df);
    const f = lex.terms.indexOf("dan");
    const [a, b] = [post.offsets[f]!, post.offsets[f + 1]!];
    expect(b - a).toBe(2);
    expect(post.weight[a]!).toBeGreaterThan(post.weight[a + 1]!);
  });

  it("count at most 1,023 occurrences per field, without spilling into another field", () => {
    const ds = [
      { title: "một", lead: "hai", body: Array(1100).fill("dân").join(" ") },
      { title: "một", lead: "hai", body: Array(1023).fill("dân").join(" ") },
    ];
    const lex = buildLexicon(ds);
    const post = buildPostings(buildForward(ds, lex), lex.df);
    const f = lex.terms.indexOf("dan");
    const a = post.offsets[f]!;
    expect(post.offsets[f + 1]! - a).toBe(2);
    // Longer body, same saturated count: a little lower (length normalization), never higher.
    expect(post.weight[a]!).toBeLessThanOrEqual(post.weight[a + 1]!);
    expect(post.weight[a]!).toBeLessThan(RANKING.fieldBoost.body * 2.7);
  });
});
