import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testArticle } from "../test-support";
import { compareDate, DateOrder } from "./date-order";

const articleArb = fc.record({
  date: fc.option(fc.constantFrom("2019-01-05", "2019-06-30", "2020-02-29", "2021-12-01", "2021-12-02"), { nil: null }),
  year: fc.option(fc.constantFrom(2018, 2019, 2020, 2021), { nil: null }),
});

/** What the order must be: dated articles newest (or oldest) first, equal dates in corpus order, undated last. */
function naiveOrder(
  articles: ReturnType<typeof testArticle>[],
  docs: Uint32Array,
  kept: number[],
  newest: boolean,
): number[] {
  const undated = (d: number) => (articles[d]!.date === null && articles[d]!.year === null ? 1 : 0);
  return kept.slice().sort((x, y) => {
    const [a, b] = [docs[x]!, docs[y]!];
    const byDate = newest ? compareDate(articles[b]!, articles[a]!) : compareDate(articles[a]!, articles[b]!);
    return undated(a) - undated(b) || byDate || a - b;
  });
}

describe("DateOrder", () => {
  it("orders like a full sort, newest and oldest first, on both the sorting (sparse) and the walking (dense) path", () => {
    fc.assert(
      fc.property(
        fc.array(articleArb, { minLength: 1, maxLength: 120 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        fc.infiniteStream(fc.boolean()),
        fc.boolean(),
        (records, newest, want, picks, sparse) => {
          // The date of an article with both is its date; one with a year only keeps its year.
          const articles = records.map((r, i) =>
            testArticle({ id: `a${i}`, date: r.date, year: r.date ? Number(r.date.slice(0, 4)) : r.year }),
          );
          const order = new DateOrder(articles);
          // A match set in some order other than the corpus's, and the matches the filters keep.
          const docs = Uint32Array.from(articles.map((_, i) => i).reverse());
          const it = picks[Symbol.iterator]();
          // Sparse: fewer than one in 16 kept, so the kept matches are sorted; dense: the precomputed order is walked.
          const limit = sparse ? Math.floor((articles.length - 1) / 16) : articles.length;
          const kept = Array.from(docs.keys())
            .filter(() => it.next().value)
            .slice(0, limit);
          const expected = naiveOrder(articles, docs, kept, newest).slice(0, want);
          expect(order.order(docs, kept.slice(), want, newest).slice(0, want)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("lists every article newest first, undated last, and ranks equal dates together", () => {
    const articles = [
      testArticle({ id: "a", date: "2020-01-01", year: 2020 }),
      testArticle({ id: "b" }),
      testArticle({ id: "c", date: "2021-01-01", year: 2021 }),
      testArticle({ id: "d", date: "2020-01-01", year: 2020 }),
      testArticle({ id: "e", year: 2020 }),
    ];
    const order = new DateOrder(articles);
    expect(Array.from(order.newestFirst)).toEqual([2, 0, 3, 4, 1]);
    expect(order.dateGroup[0]).toBe(order.dateGroup[3]);
    expect(order.dateGroup[2]).toBeLessThan(order.dateGroup[0]!);
  });
});
