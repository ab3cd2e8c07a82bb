/**
 * Ranking metrics over graded judgments (0 = not relevant, 1 = mentions it,
 * 2 = relevant, 3 = exactly about it). A query with no relevant article is
 * judged on one thing: the engine must not present any result as a full match.
 */

export type Judgments = ReadonlyMap<string, number>;

export interface QueryScores {
  rr: number;
  ndcg10: number;
  success1: number;
}

/** Reciprocal rank of the first relevant result (grade ≥ 1), 0 when none in the list. */
export function reciprocalRank(ranked: readonly string[], rel: Judgments): number {
  const k = ranked.findIndex((id) => (rel.get(id) ?? 0) > 0);
  return k < 0 ? 0 : 1 / (k + 1);
}

/** nDCG@k with exponential gain (2^grade − 1) and log2 discount. */
export function ndcg(ranked: readonly string[], rel: Judgments, k = 10): number {
  const dcg = (grades: number[]) => grades.slice(0, k).reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...rel.values()].filter((g) => g > 0).sort((a, b) => b - a));
  if (ideal === 0) return 0;
  return dcg(ranked.map((id) => rel.get(id) ?? 0)) / ideal;
}

/** Scores of one query. `claimsMatch`: the engine presented its results as holding every term. */
export function scoreQuery(ranked: readonly string[], rel: Judgments, claimsMatch = ranked.length > 0): QueryScores {
  if ([...rel.values()].every((g) => g <= 0)) {
    const ok = claimsMatch ? 0 : 1;
    return { rr: ok, ndcg10: ok, success1: ok };
  }
  return {
    rr: reciprocalRank(ranked, rel),
    ndcg10: ndcg(ranked, rel, 10),
    success1: (rel.get(ranked[0] ?? "") ?? 0) > 0 ? 1 : 0,
  };
}

export interface Summary {
  n: number;
  mrr: number;
  ndcg10: number;
  success1: number;
}

export function summarize(scores: readonly QueryScores[]): Summary {
  const n = scores.length;
  const mean = (f: (s: QueryScores) => number) => (n === 0 ? 0 : scores.reduce((a, s) => a + f(s), 0) / n);
  return { n, mrr: mean((s) => s.rr), ndcg10: mean((s) => s.ndcg10), success1: mean((s) => s.success1) };
}
