import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topK } from "./top-k";

describe("topK", () => {
  it("is a prefix of a full sort (ties by the smaller item) of at least k items, on both the sort and the heap path", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 501, maxLength: 501 }),
        (items, k, keys) => {
          // Few distinct keys: most comparisons tie, so the tie-break is what is tested.
          const cmp = (a: number, b: number) => keys[a]! - keys[b]!;
          const full = items.slice().sort((a, b) => cmp(a, b) || a - b);
          const top = topK(items, k, cmp);
          expect(top.length).toBeGreaterThanOrEqual(Math.min(k, items.length));
          expect(top).toEqual(full.slice(0, top.length));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("takes the heap path for a long list and leaves its input alone", () => {
    const items = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    const before = items.slice();
    expect(topK(items, 5, (a, b) => b - a)).toEqual([999, 998, 997, 996, 995]);
    expect(items).toEqual(before);
  });
});
