import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../text";
import { expandTerm } from "./expand";
import { FormMasks } from "./form-masks";
import { buildForward, formTokens } from "./forward";
import { buildLexicon } from "./lexicon";
import { Matcher } from "./matcher";
import { parseQuery } from "./query";

const words = ["dân", "dẫn", "vận", "văn", "van", "hòa", "hoà", "khéo", "cơ", "sở", "so", "Đảng", "dang"];
const text = fc.array(fc.constantFrom(...words), { maxLength: 14 }).map((w) => w.join(" "));
const query = fc
  .tuple(fc.array(fc.constantFrom(...words, "da", "v", "kheo", "sơ"), { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([w, open]) => w.join(" ") + (open ? "" : " "));

describe("FormMasks.adjacency", () => {
  it("agrees with Matcher.adjacency on the article's tokens", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: text, lead: text, body: text }), { minLength: 1, maxLength: 4 }),
        query,
        (docs, q) => {
          const lex = buildLexicon(docs);
          const fwd = buildForward(docs, lex);
          const vocab = formTokens(fwd, lex);
          const parsed = parseQuery(q);
          const matcher = new Matcher(
            parsed,
            parsed.terms.map((t) => expandTerm(lex, t)),
            vocab.length,
          );
          const masks = new FormMasks(matcher, vocab);
          docs.forEach((doc, d) => {
            const s = fwd.start[d]!;
            const t = s + fwd.titleLen[d]!;
            expect(masks.adjacency(fwd.ids, s, t)).toBe(matcher.adjacency(tokenize(doc.title)));
            expect(masks.adjacency(fwd.ids, t + 1, fwd.start[d + 1]!)).toBe(
              matcher.adjacency(tokenize(`${doc.lead}\n${doc.body}`)),
            );
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
