import type { AnswerKind } from "../types";
import type { MatchSet } from "./match";

/** What a response's results are, and whether its near matches are noise (SearchResponse's flags). */
export interface Answer {
  kind: AnswerKind;
  approximate: boolean;
  weak: boolean;
}

/**
 * Ranking is lexicographic on the match set's signals, so a match as typed
 * exists iff some article answers every term cleanly and every accented term
 * exactly. Judged over the filtered matches (`kept`), or all of them when the
 * filters keep none. `accented`: how many of the terms were typed with accents.
 */
export function answerKind(set: MatchSet, kept: readonly number[], termCount: number, accented: number): Answer {
  const { relaxed } = set;
  let approximate = relaxed;
  const queried = termCount > 0;
  // Matches that the filters leave none of answer nothing.
  const filteredOut = kept.length === 0 && queried;
  let kind: AnswerKind = queried ? "none" : "exact";
  let weak = false;
  if (queried && set.docs.length > 0) {
    // The kept matches, or all of them (indexed loops: no iterator, no copy).
    const all = kept.length === 0;
    const pool = all ? set.docs.length : kept.length;
    let bestClean = 0;
    let bestStrict = 0;
    let asTyped = false;
    for (let x = 0; x < pool; x++) {
      const j = all ? x : kept[x]!;
      if (set.clean[j]! > bestClean) bestClean = set.clean[j]!;
      if (set.strict[j]! > bestStrict) bestStrict = set.strict[j]!;
      if (set.clean[j] === termCount && set.exact[j]! >= accented) asTyped = true;
    }
    if (!relaxed) approximate = !asTyped;
    // Every comparison made on every call: compared only in rare branches,
    // they had no type feedback and deoptimized the function again and again.
    const allClean = bestClean === termCount;
    const manyCorrected = termCount - bestClean >= 2;
    const noneStrict = bestStrict === 0;
    const fewStrict = 2 * bestStrict < termCount;
    const folded = !relaxed && !asTyped && allClean;
    const typo = !relaxed && !asTyped && !allClean;
    kind = relaxed ? "partial" : asTyped ? "exact" : folded ? "folded" : "typo";
    // Near matches worth showing under their heading, or noise: accents
    // typed and not found, several words corrected, or most words missing.
    weak = folded || (typo && (manyCorrected || noneStrict)) || (relaxed && (noneStrict || fewStrict));
  }
  if (filteredOut) {
    kind = "none";
    weak = false;
  }
  return { kind, approximate, weak };
}

/** How one match answers (each hit says so: the list sets near matches apart from answers). */
export function hitKind(set: MatchSet, j: number, termCount: number, accented: number): AnswerKind {
  if (termCount === 0) return "exact";
  if (set.coverage[j]! < termCount) return "partial";
  if (set.clean[j]! < termCount) return "typo";
  if (set.exact[j]! < accented) return "folded";
  return "exact";
}
