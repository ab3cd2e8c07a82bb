import { type ForwardIndex, storyTokens } from "../index/forward";
import type { FormMasks } from "../query/form-masks";
import type { IdToken, Matcher } from "../query/matcher";
import { RANKING } from "../ranking";
import type { MatchSet } from "./match";
import type { MetaField } from "./meta-field";
import { topK } from "./top-k";

/** The relevance order of a page: the kept matches (indexes into the set's docs), and the re-ranked top's figures. */
export interface Ranked {
  /** At least the first `want` of the order. */
  order: number[];
  /** Scores raised by title proximity, for the re-ranked top (others keep the set's score). */
  scores: Map<number, number>;
}

export interface RankContext {
  forward: ForwardIndex;
  forms: readonly IdToken[];
  meta: MetaField;
  /** Per article, its date's rank among distinct dates, newest first (DateOrder.dateGroup). */
  dateGroup: Uint32Array;
}

/**
 * Orders by relevance (RANKING's order) only as deep as needed: the page,
 * and for queries of two words or more the best RANKING.rerankDepth, which
 * are re-ranked with proximity (the same depth whatever the page, so pages
 * never overlap).
 */
export function rankByRelevance(
  set: MatchSet,
  kept: readonly number[],
  want: number,
  matcher: Matcher,
  masks: FormMasks | null,
  context: RankContext,
): Ranked {
  const { docs } = set;
  const { dateGroup, forward: fwd } = context;
  const termCount = matcher.terms.length;
  const scores = new Map<number, number>();
  const proximity = new Map<number, number>();
  const score = (j: number) => set.score[j]!;
  const byRelevance = (x: number, y: number) =>
    set.coverage[y]! - set.coverage[x]! ||
    set.clean[y]! - set.clean[x]! ||
    set.exact[y]! - set.exact[x]! ||
    (proximity.get(y) ?? 0) - (proximity.get(x) ?? 0) ||
    (scores.get(y) ?? score(y)) - (scores.get(x) ?? score(x)) ||
    dateGroup[docs[x]!]! - dateGroup[docs[y]!]! ||
    docs[x]! - docs[y]!;
  // Before re-ranking no article has proximity or a title bonus: the
  // same order without looking them up (this comparator runs per match).
  const { coverage, clean, exact, score: base } = set;
  const beforeRerank = (x: number, y: number) =>
    coverage[y]! - coverage[x]! ||
    clean[y]! - clean[x]! ||
    exact[y]! - exact[x]! ||
    base[y]! - base[x]! ||
    dateGroup[docs[x]!]! - dateGroup[docs[y]!]! ||
    docs[x]! - docs[y]!;
  const depth = Math.max(want, termCount > 1 ? RANKING.rerankDepth : 0);
  const order = topK(kept, depth, beforeRerank);
  if (termCount > 1) {
    const top = order.slice(0, RANKING.rerankDepth);
    const adjacentPairs = 2 * (termCount - 1);
    for (const j of top) {
      const d = docs[j]!;
      let inTitle: number;
      let inText: number;
      if (masks) {
        // Straight off the forward index: title, then (after the separator) lead and body.
        const titleFrom = fwd.start[d]!;
        const storyFrom = titleFrom + fwd.titleLen[d]!;
        inTitle = masks.adjacency(fwd.ids, titleFrom, storyFrom);
        inText = masks.adjacency(fwd.ids, storyFrom + 1, fwd.start[d + 1]!);
      } else {
        const doc = storyTokens(fwd, context.forms, d);
        inTitle = matcher.adjacency(doc.title);
        inText = matcher.adjacency(doc.text);
      }
      // The organizers and province count like a title; an abbreviation held stands for its words side by side.
      const inMeta = context.meta.adjacency(d, matcher);
      proximity.set(j, Math.max(inTitle, inText, inMeta, set.alt[j]!));
      scores.set(j, score(j) * (1 + (RANKING.titleAdjacencyBonus * Math.max(inTitle, inMeta)) / adjacentPairs));
    }
    top.sort(byRelevance);
    order.splice(0, top.length, ...top);
  }
  return { order, scores };
}
