import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testArticle } from "../../lib/search/test-support";
import { baselineRanker, simpleFold } from "../baseline";
import { ndcg, reciprocalRank, scoreQuery, summarize } from "./metrics";
import { evaluate, formatTable, regressions } from "./run";

const rel = new Map([
  ["a", 3],
  ["b", 1],
]);

describe("metrics", () => {
  it("reciprocal rank of the first relevant result", () => {
    expect(reciprocalRank(["x", "b", "a"], rel)).toBe(0.5);
    expect(reciprocalRank(["x", "y"], rel)).toBe(0);
  });

  it("nDCG is 1 for the ideal order and lower otherwise", () => {
    expect(ndcg(["a", "b"], rel)).toBeCloseTo(1);
    expect(ndcg(["b", "a"], rel)).toBeLessThan(1);
    expect(ndcg(["x", "a", "b"], rel)).toBeLessThan(ndcg(["a", "b"], rel));
  });

  it("nDCG stays within [0, 1] for any ranking", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e")), (ranked) => {
        const v = ndcg(ranked, rel);
        return v >= 0 && v <= 1 + 1e-12;
      }),
    );
  });

  it("a query without answer scores 1 only when nothing is claimed as a match", () => {
    expect(scoreQuery(["x"], new Map(), true)).toEqual({ rr: 0, ndcg10: 0, success1: 0 });
    expect(scoreQuery(["x"], new Map(), false)).toEqual({ rr: 1, ndcg10: 1, success1: 1 });
  });

  it("summarizes means", () => {
    const one = new Map([["a", 2]]);
    expect(summarize([scoreQuery(["a"], one), scoreQuery(["x"], one)])).toEqual({
      n: 2,
      mrr: 0.5,
      ndcg10: 0.5,
      success1: 0.5,
    });
  });
});

describe("baseline and report", () => {
  it("the baseline folds simply", () => {
    expect(simpleFold("Đảng Ủy")).toBe("dang uy");
  });

  it("evaluates systems per class and flags regressions", () => {
    const art = (id: string, title: string) => testArticle({ id, file: id, title });
    const base = baselineRanker([art("a", "dân vận"), art("b", "dẫn")]);
    const never = { rank: () => ({ ids: [], claimsMatch: false }) };
    const report = evaluate({ never, base }, [{ q: "dân", class: "c", relevant: { a: 3 } }]);
    expect(report.summary.c!.base!.n).toBe(1);
    expect(regressions(report, "never", "base")).not.toEqual([]);
    expect(formatTable(report)).toContain("| c | 1 |");
  });
});
