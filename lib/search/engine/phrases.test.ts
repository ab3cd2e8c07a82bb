import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holdsPhrase } from "./phrases";

describe("holdsPhrase", () => {
  it("finds the phrase exactly where a naive scan of the article does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 12 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 2 }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.nat(),
        (articles, words, pick) => {
          const start = new Uint32Array(articles.length + 1);
          articles.forEach((a, d) => {
            start[d + 1] = start[d]! + a.length;
          });
          const ids = Uint32Array.from(articles.flat());
          const accepts = words.map((forms) => {
            const ok = new Uint8Array(5);
            for (const f of forms) ok[f] = 1;
            return ok;
          });
          const d = pick % articles.length;
          const a = articles[d]!;
          let expected = false;
          for (let k = 0; k + words.length <= a.length && !expected; k++)
            expected = words.every((forms, j) => forms.includes(a[k + j]!));
          expect(holdsPhrase(ids, start, d, accepts, 0)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("looks from `from` on, never into the next article", () => {
    const start = Uint32Array.from([0, 3, 5]);
    const ids = Uint32Array.from([1, 2, 1, 2, 3]);
    const one = Uint8Array.from([0, 1, 0, 0]);
    const two = Uint8Array.from([0, 0, 1, 0]);
    expect(holdsPhrase(ids, start, 0, [one, two], 0)).toBe(true);
    expect(holdsPhrase(ids, start, 0, [one, two], 1)).toBe(false); // the last 1 has its 2 in the next article
  });
});
