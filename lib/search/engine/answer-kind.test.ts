import { describe, expect, it } from "vitest";
import { answerKind, hitKind } from "./answer-kind";
import type { MatchSet } from "./match";

/** A match set of one article per row: [coverage, clean, exact, strict]. */
function set(rows: [number, number, number, number][], relaxed = false): MatchSet {
  const column = (k: number) => Uint8Array.from(rows, (r) => r[k]!);
  return {
    docs: Uint32Array.from(rows.keys()),
    coverage: column(0),
    clean: column(1),
    exact: column(2),
    strict: column(3),
    score: new Float64Array(rows.length),
    alt: new Uint8Array(rows.length),
    relaxed,
  };
}

describe("answerKind", () => {
  it("exact when some kept article answers every word cleanly and every accented word exactly", () => {
    const s = set([
      [2, 2, 1, 2],
      [2, 2, 0, 1],
    ]);
    expect(answerKind(s, [0, 1], 2, 1)).toEqual({ kind: "exact", approximate: false, weak: false });
    // Filtered down to the folded one only.
    expect(answerKind(s, [1], 2, 1)).toEqual({ kind: "folded", approximate: true, weak: true });
  });

  it("typo, weak when two words were corrected", () => {
    expect(answerKind(set([[2, 1, 0, 1]]), [0], 2, 0)).toEqual({ kind: "typo", approximate: true, weak: false });
    expect(answerKind(set([[3, 1, 0, 1]]), [0], 3, 0).weak).toBe(true);
  });

  it("partial for relaxed sets; none when the filters keep nothing", () => {
    expect(answerKind(set([[1, 1, 0, 1]], true), [0], 2, 0)).toEqual({
      kind: "partial",
      approximate: true,
      weak: false,
    });
    expect(answerKind(set([[2, 2, 0, 2]]), [], 2, 0)).toEqual({ kind: "none", approximate: false, weak: false });
    expect(answerKind(set([]), [], 0, 0).kind).toBe("exact");
  });
});

describe("hitKind", () => {
  it("names the first signal short of the query", () => {
    const s = set([
      [1, 1, 1, 1],
      [2, 1, 1, 1],
      [2, 2, 0, 1],
      [2, 2, 1, 2],
    ]);
    expect([0, 1, 2, 3].map((j) => hitKind(s, j, 2, 1))).toEqual(["partial", "typo", "folded", "exact"]);
  });
});
